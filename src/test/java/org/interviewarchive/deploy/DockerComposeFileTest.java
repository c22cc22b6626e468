package org.interviewarchive.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** docker-compose.yml starts the app on PostgreSQL from the project's Dockerfile, each on a named volume. */
class DockerComposeFileTest {

    private final JsonNode compose = new YAMLMapper().readTree(Path.of("docker-compose.yml").toFile());

    @Test
    void postgresRunsTheOfficialImageOnANamedVolumeAndReportsItsHealthWithPgIsready() {
        JsonNode postgres = compose.get("services").get("postgres");
        assertThat(postgres.get("image").asString()).matches("postgres:\\d+");
        assertThat(values(postgres.get("volumes"))).containsExactly("postgres-data:/var/lib/postgresql/data");
        assertThat(String.join(" ", values(postgres.get("healthcheck").get("test")))).contains("pg_isready");
        assertThat(compose.get("volumes").has("postgres-data")).isTrue();
    }

    @Test
    void theAppIsBuiltFromTheDockerfileAndStartsOnceTheDatabaseIsHealthy() {
        JsonNode app = compose.get("services").get("app");
        JsonNode build = app.get("build");
        assertThat(build.get("context").asString()).isEqualTo(".");
        assertThat(Path.of(build.get("context").asString(), build.get("dockerfile").asString()))
                .isEqualTo(Path.of(".", "src/main/docker/Dockerfile"))
                .isRegularFile();
        assertThat(app.get("depends_on").get("postgres").get("condition").asString()).isEqualTo("service_healthy");
        assertThat(values(app.get("ports"))).containsExactly("8080:8080");
    }

    @Test
    void theAppRunsThePostgresProfileAgainstTheComposeDatabaseWithTheAdminFromTheEnvironment() {
        JsonNode environment = compose.get("services").get("app").get("environment");
        assertThat(environment.get("SPRING_PROFILES_ACTIVE").asString()).isEqualTo("postgres");
        assertThat(environment.get("SPRING_DATASOURCE_URL").asString()).isEqualTo("jdbc:postgresql://postgres:5432/archive");
        JsonNode postgres = compose.get("services").get("postgres").get("environment");
        assertThat(environment.get("SPRING_DATASOURCE_USERNAME").asString()).isEqualTo(postgres.get("POSTGRES_USER").asString());
        assertThat(environment.get("SPRING_DATASOURCE_PASSWORD").asString()).isEqualTo(postgres.get("POSTGRES_PASSWORD").asString());
        assertThat(environment.get("ARCHIVE_ADMIN_USER").asString()).startsWith("${ARCHIVE_ADMIN_USER");
        // Never a default admin password: empty means the app generates one and logs it.
        assertThat(environment.get("ARCHIVE_ADMIN_PASSWORD").asString()).isEqualTo("${ARCHIVE_ADMIN_PASSWORD:-}");
        assertThat(Path.of("src/main/resources/application-postgres.yml")).isRegularFile();
    }

    @Test
    void theArchiveDataLivesOnANamedVolumeWhereTheImageKeepsIt() throws Exception {
        List<String> volumes = values(compose.get("services").get("app").get("volumes"));
        assertThat(volumes).containsExactly("archive-data:/data");
        assertThat(compose.get("volumes").has("archive-data")).isTrue();
        assertThat(Files.readString(Path.of("src/main/docker/Dockerfile"))).contains("ARCHIVE_DATADIR=/data", "VOLUME /data");
    }

    private static List<String> values(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }
}
