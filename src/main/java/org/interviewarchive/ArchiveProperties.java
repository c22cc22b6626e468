package org.interviewarchive;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Everything an operator can set, under {@code archive.}.
 *
 * @param dataDir         where the embedded database and the search index live
 * @param speakerRegistry the registry of speakers: canonical names, aliases, descriptions
 * @param topicVocabulary the topic vocabulary: terms and their forms in every language
 * @param ingest          what to ingest and when
 */
@ConfigurationProperties("archive")
public record ArchiveProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("seeds/speakers.yml") Path speakerRegistry,
        @DefaultValue("seeds/topics.yml") Path topicVocabulary,
        @DefaultValue Ingest ingest) {

    /**
     * @param paths       files and folders ingested at start
     * @param onStartup   whether the server ingests {@code paths} when it starts
     * @param maxFileSize larger files are refused
     */
    public record Ingest(
            @DefaultValue("seeds") List<Path> paths,
            @DefaultValue("true") boolean onStartup,
            @DefaultValue("5MB") DataSize maxFileSize) {
    }
}
