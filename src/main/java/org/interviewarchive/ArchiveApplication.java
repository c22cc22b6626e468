package org.interviewarchive;

import java.time.Clock;
import java.util.Arrays;
import org.interviewarchive.ingest.IngestCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The Interview Archive. {@code java -jar archive.jar} serves it; {@code java -jar archive.jar ingest PATH...} ingests
 * files and folders and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ArchiveApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(IngestCommand.NAME)) {
            System.exit(IngestCommand.run(ArchiveApplication.class, Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(ArchiveApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
