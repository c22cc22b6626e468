package org.interviewarchive.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import tools.jackson.databind.json.JsonMapper;

/**
 * The image runs the jar the Maven build makes, with the JVM flags {@code spring-boot:run} uses, as a non-root user,
 * and tells Docker its health from the actuator.
 */
class DockerfileTest {

    private static final Pattern STAGE = Pattern.compile("FROM eclipse-temurin:(\\d+)-(jdk|jre)(?: AS (\\w+))?");

    private final List<String> instructions = instructions(Path.of("src/main/docker/Dockerfile"));
    private final Pom pom = Pom.read();

    @Test
    void itBuildsWithTheMavenWrapperOnAJdkAndRunsOnAJreOf21OrNewer() {
        List<Matcher> stages = instructions.stream().map(STAGE::matcher).filter(Matcher::matches).toList();
        assertThat(stages).hasSize(2);
        assertThat(stages.get(0).group(2)).isEqualTo("jdk");
        assertThat(stages.get(1).group(2)).isEqualTo("jre");
        assertThat(stages).allSatisfy(stage -> assertThat(Integer.parseInt(stage.group(1))).isGreaterThanOrEqualTo(21));
        assertThat(instructions).contains("RUN ./mvnw -B -ntp -DskipTests package");
    }

    @Test
    void theRuntimeCommandRunsTheJarTheBuildProducesWithTheProjectsJvmFlags() {
        String jar = "/build/target/" + pom.artifactId() + "-" + pom.version() + ".jar";
        String copy = instructions.stream().filter(line -> line.startsWith("COPY --from=build " + jar + " "))
                .findFirst().orElseThrow(() -> new AssertionError("the runtime stage does not copy " + jar));
        String runtimeJar = copy.substring(copy.lastIndexOf(' ') + 1);

        List<String> command = entrypoint();
        List<String> expected = new ArrayList<>(List.of("java"));
        expected.addAll(Arrays.asList(pom.jvmArguments().split("\\s+")));
        expected.addAll(List.of("-jar", runtimeJar));
        assertThat(command).isEqualTo(expected);
    }

    @Test
    void itRunsAsANonRootUserAndChecksItsHealthOnTheActuator() {
        String user = instructions.stream().filter(line -> line.startsWith("USER ")).reduce((a, b) -> b).orElseThrow();
        assertThat(user.substring(5).strip()).isNotIn("root", "0");
        String healthcheck = instructions.stream().filter(line -> line.startsWith("HEALTHCHECK ")).findFirst().orElseThrow();
        assertThat(healthcheck).contains("CMD ").contains("http://localhost:8080/actuator/health");
    }

    @Test
    void theSeedsAreIngestedFromInsideTheImage() {
        assertThat(instructions).contains("COPY seeds/ /app/seeds/");
        String environment = instructions.stream().filter(line -> line.startsWith("ENV ")).reduce("", String::concat);
        assertThat(environment).contains("ARCHIVE_INGEST_PATHS=/app/seeds", "ARCHIVE_SPEAKERREGISTRY=/app/seeds/speakers.yml",
                "ARCHIVE_TOPICVOCABULARY=/app/seeds/topics.yml");
    }

    private List<String> entrypoint() {
        String entrypoint = instructions.stream().filter(line -> line.startsWith("ENTRYPOINT ")).findFirst().orElseThrow();
        List<String> command = new ArrayList<>();
        JsonMapper.builder().build().readTree(entrypoint.substring("ENTRYPOINT ".length()))
                .forEach(part -> command.add(part.asString()));
        return command;
    }

    /** The Dockerfile's instructions, continuation lines joined, comments left out. */
    private static List<String> instructions(Path dockerfile) {
        try {
            List<String> instructions = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String line : Files.readAllLines(dockerfile)) {
                String stripped = line.strip();
                if (stripped.startsWith("#") || stripped.isEmpty() && current.isEmpty()) {
                    continue;
                }
                if (stripped.endsWith("\\")) {
                    current.append(stripped, 0, stripped.length() - 1).append(' ');
                } else {
                    instructions.add(current.append(stripped).toString().replaceAll("\\s+", " "));
                    current.setLength(0);
                }
            }
            return instructions;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** What pom.xml says about the jar and how the project runs it. */
    private record Pom(String artifactId, String version, String jvmArguments) {

        static Pom read() {
            try {
                Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
                XPath xpath = XPathFactory.newInstance().newXPath();
                return new Pom(
                        xpath.evaluate("/project/artifactId", pom),
                        xpath.evaluate("/project/version", pom),
                        xpath.evaluate("/project/build/plugins/plugin[artifactId='spring-boot-maven-plugin']"
                                + "/configuration/jvmArguments", pom).strip());
            } catch (Exception e) {
                throw new IllegalStateException("Cannot read pom.xml", e);
            }
        }
    }
}
