package org.interviewarchive;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The package boundaries the team agreed on, checked on every build. */
@AnalyzeClasses(packages = "org.interviewarchive", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlySearchUsesLucene = noClasses()
            .that().resideOutsideOfPackage("org.interviewarchive.search..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
            .because("all of Lucene's lifecycle, fields and analyzers live in the search feature");

    @ArchTest
    static final ArchRule parsersArePlainJava = classes()
            .that().resideInAPackage("org.interviewarchive.ingest.parse..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.interviewarchive.ingest.parse..")
            .because("parsers turn text into a plain transcript model and know nothing of storage or Spring");

    @ArchTest
    static final ArchRule parsersStayInsideTheIngest = noClasses()
            .that().resideOutsideOfPackage("org.interviewarchive.ingest..")
            .should().dependOnClassesThat().resideInAPackage("org.interviewarchive.ingest.parse..");

    @ArchTest
    static final ArchRule repositoriesArePrivateToTheirFeature = classes()
            .that().areAssignableTo(Repository.class)
            .should().notBePublic()
            .because("other features go through a feature's service, never its repository");

    @ArchTest
    static final ArchRule controllersArePrivateToTheirFeature = classes()
            .that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
            .should().notBePublic();

    @ArchTest
    static final ArchRule constructorInjectionOnly = noFields()
            .should().beAnnotatedWith(Autowired.class)
            .because("dependencies come through constructors");
}
