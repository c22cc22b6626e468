package org.interviewarchive;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * The package structure the team agreed on, checked on every build. The layers read top-down: the application, then
 * the pages and the admin, then web plumbing, ingest and search, then the model features, then the base; each may use
 * only what is below it, and no two packages depend on each other in a circle.
 */
@AnalyzeClasses(packages = "org.interviewarchive", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "org.interviewarchive";

    @ArchTest
    static final ArchRule topLevelPackagesAreFreeOfCycles = slices()
            .matching(ROOT + ".(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule pageFamiliesAreFreeOfCycles = slices()
            .matching(ROOT + ".reading.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule layersOnlyUseWhatIsBelowThem = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Application").definedBy(ROOT)
            .layer("Pages").definedBy(ROOT + ".reading..")
            .layer("Admin").definedBy(ROOT + ".admin..")
            .layer("Web").definedBy(ROOT + ".web..")
            .layer("Ingest").definedBy(ROOT + ".ingest..")
            .layer("Search").definedBy(ROOT + ".search..")
            .layer("Meaning").definedBy(ROOT + ".meaning..")
            .layer("Model").definedBy(ROOT + ".archive..", ROOT + ".quote..", ROOT + ".topic..",
                    ROOT + ".interview..", ROOT + ".speaker..")
            .layer("Base").definedBy(ROOT + ".config..", ROOT + ".text..")
            .whereLayer("Pages").mayOnlyAccessLayers("Web", "Search", "Meaning", "Model", "Base")
            .whereLayer("Admin").mayOnlyAccessLayers("Web", "Ingest", "Search", "Meaning", "Model", "Base")
            .whereLayer("Web").mayOnlyAccessLayers("Base")
            .whereLayer("Ingest").mayOnlyAccessLayers("Model", "Base")
            .whereLayer("Search").mayOnlyAccessLayers("Meaning", "Model", "Base")
            .whereLayer("Meaning").mayOnlyAccessLayers("Model", "Base")
            .whereLayer("Model").mayOnlyAccessLayers("Base")
            .whereLayer("Base").mayNotAccessAnyLayer()
            .because("the model knows nothing of search or pages, search and ingest know nothing of each other, and"
                    + " pages compose what is below them");

    @ArchTest
    static final ArchRule modelFeaturesReadDownwards = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Archive").definedBy(ROOT + ".archive..")
            .layer("Quote").definedBy(ROOT + ".quote..")
            .layer("Topic").definedBy(ROOT + ".topic..")
            .layer("Interview").definedBy(ROOT + ".interview..")
            .layer("Speaker").definedBy(ROOT + ".speaker..")
            .whereLayer("Archive").mayOnlyAccessLayers("Quote", "Interview", "Speaker")
            .whereLayer("Quote").mayOnlyAccessLayers("Interview", "Speaker")
            .whereLayer("Topic").mayOnlyAccessLayers("Interview")
            .whereLayer("Interview").mayOnlyAccessLayers("Speaker")
            .whereLayer("Speaker").mayNotAccessAnyLayer()
            .because("a quote is said by a speaker in an interview; the archive's changes are made of both");

    @ArchTest
    static final ArchRule onlySearchUsesLucene = noClasses()
            .that().resideOutsideOfPackage(ROOT + ".search..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
            .because("all of Lucene's lifecycle, fields and analyzers live in the search package");

    @ArchTest
    static final ArchRule parsersArePlainJava = classes()
            .that().resideInAPackage(ROOT + ".ingest.parse..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", ROOT + ".ingest.parse..")
            .because("parsers turn text into a plain transcript model and know nothing of storage or Spring");

    @ArchTest
    static final ArchRule parsersStayInsideTheIngest = noClasses()
            .that().resideOutsideOfPackage(ROOT + ".ingest..")
            .should().dependOnClassesThat().resideInAPackage(ROOT + ".ingest.parse..");

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
    static final ArchRule controllersLiveInThePagesOrTheAdmin = classes()
            .that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
            .should().resideInAnyPackage(ROOT + ".reading..", ROOT + ".admin..", ROOT + ".web..")
            .because("the model features and search serve pages; they do not answer requests themselves");

    @ArchTest
    static final ArchRule constructorInjectionOnly = noFields()
            .should().beAnnotatedWith(Autowired.class)
            .because("dependencies come through constructors");
}
