package org.interviewarchive.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The server runs a few request threads per core, not Tomcat's two hundred, unless the operator says otherwise. */
class RequestThreadsTest {

    @Test
    void theServerRunsFourRequestThreadsPerCore() {
        StandardEnvironment environment = new StandardEnvironment();
        new ArchiveDefaults().postProcessEnvironment(environment, new SpringApplication());

        int cores = Runtime.getRuntime().availableProcessors();
        assertThat(environment.getProperty("server.tomcat.threads.max", Integer.class)).isEqualTo(4 * cores);
        assertThat(environment.getProperty("server.tomcat.threads.min-spare", Integer.class)).isEqualTo(4 * cores);
    }

    @Test
    void anOperatorsThreadCountWins() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("operator",
                Map.of("server.tomcat.threads.max", "64", "server.tomcat.threads.min-spare", "16")));
        new ArchiveDefaults().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("server.tomcat.threads.max", Integer.class)).isEqualTo(64);
        assertThat(environment.getProperty("server.tomcat.threads.min-spare", Integer.class)).isEqualTo(16);
    }
}
