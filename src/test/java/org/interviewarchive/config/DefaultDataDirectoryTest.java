package org.interviewarchive.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Started with no settings, the archive keeps its database under {@code ./data} of the directory it was started in,
 * by an absolute path: the embedded database refuses a path that is only implicitly relative, which would stop
 * {@code ./mvnw spring-boot:run} at its first step.
 */
class DefaultDataDirectoryTest {

    @Test
    void withoutSettingsTheDatabaseLivesUnderDataOfTheWorkingDirectory() {
        StandardEnvironment environment = new StandardEnvironment();
        new ArchiveDefaults().postProcessEnvironment(environment, new SpringApplication());

        String url = environment.getProperty("spring.datasource.url");

        String file = url.substring("jdbc:h2:file:".length(), url.indexOf(';'));
        assertThat(Path.of(file).isAbsolute()).as(file).isTrue();
        assertThat(Path.of(file)).isEqualTo(Path.of("data", "db", "archive").toAbsolutePath());
    }

    @Test
    void anOperatorsDataDirectoryWins() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("operator",
                Map.of("archive.data-dir", "/srv/archive")));
        new ArchiveDefaults().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.datasource.url")).startsWith("jdbc:h2:file:/srv/archive/db/archive;");
    }
}
