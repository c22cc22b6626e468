package org.interviewarchive.config;

import java.nio.file.Path;
import java.time.Duration;
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
 * @param admin           who may sign in to the admin pages
 * @param search          how the search index keeps up with the database
 * @param publicUrl       the address readers reach the archive at (e.g. {@code https://archive.example.org}), for
 *                        canonical links, link previews, feeds and the sitemap behind a proxy; none: the request's
 * @param cards           the quote cards that link previews show
 * @param semantic        search by meaning: the embedding model and what it finds
 */
@ConfigurationProperties("archive")
public record ArchiveProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("seeds/speakers.yml") Path speakerRegistry,
        @DefaultValue("seeds/topics.yml") Path topicVocabulary,
        @DefaultValue Ingest ingest,
        @DefaultValue Admin admin,
        @DefaultValue Search search,
        String publicUrl,
        @DefaultValue Cards cards,
        @DefaultValue Semantic semantic) {

    /** The public address without a trailing slash, or null when none is set. */
    public String publicBase() {
        return publicUrl == null || publicUrl.isBlank() ? null : publicUrl.strip().replaceAll("/+$", "");
    }

    /**
     * @param font     a font file with Chinese characters to draw cards with; none: the first such font found in
     *                 {@code fontDirs}. Without one there are no cards, rather than boxes where characters should be.
     * @param fontDirs where to look for a font
     */
    public record Cards(
            Path font,
            @DefaultValue("/usr/share/fonts,/usr/local/share/fonts") List<Path> fontDirs) {
    }

    /**
     * @param enabled       whether quotes get vectors and searches look for similar meaning; off, no model is loaded
     * @param batchSize     how many quotes the background worker gives the model at once
     * @param minSimilarity the least cosine similarity for a quote to count as of similar meaning to a query
     */
    public record Semantic(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("32") int batchSize,
            @DefaultValue("0.5") float minSimilarity) {
    }

    /**
     * @param syncInterval how often the search index compares its revision with the database's, to take in what other
     *                     instances on the same database changed
     */
    public record Search(@DefaultValue("2s") Duration syncInterval) {
    }

    /**
     * @param paths         files and folders ingested at start
     * @param onStartup     whether the server ingests {@code paths} when it starts
     * @param maxFileSize   larger files are refused, uploaded or not
     * @param maxUploadSize the largest upload on the admin pages, all its files together
     */
    public record Ingest(
            @DefaultValue("seeds") List<Path> paths,
            @DefaultValue("true") boolean onStartup,
            @DefaultValue("5MB") DataSize maxFileSize,
            @DefaultValue("25MB") DataSize maxUploadSize) {
    }

    /**
     * The one administrator. There is no default password: without one, the server makes up a password at start
     * and logs it.
     *
     * @param user     the name to sign in with ({@code ARCHIVE_ADMIN_USER})
     * @param password the password ({@code ARCHIVE_ADMIN_PASSWORD}); blank means none is set
     */
    public record Admin(
            @DefaultValue("admin") String user,
            String password) {

        public boolean hasPassword() {
            return password != null && !password.isBlank();
        }

        /** Never the password, should the properties be logged. */
        @Override
        public String toString() {
            return "Admin[user=" + user + ", password=" + (hasPassword() ? "(set)" : "(none)") + "]";
        }
    }
}
