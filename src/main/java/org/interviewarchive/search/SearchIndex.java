package org.interviewarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.interviewarchive.config.ArchiveProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * All of Lucene's lifecycle in one place: the directory on disk under the data directory, the one {@link IndexWriter},
 * and the {@link SearcherManager} readers search through; closed in reverse order. The index is derived from the
 * database: every commit records the archive revision it reflects.
 */
@Component
class SearchIndex implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    private static final String REVISION = "archive-revision";
    private static final double RAM_BUFFER_MB = 64;

    private final ArchiveAnalyzer analyzer = new ArchiveAnalyzer();
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final AtomicBoolean searchedSinceUpdate = new AtomicBoolean();
    /** Updates not opened to readers when they were made, and how many of those a search has opened since. */
    private final AtomicLong updatesNotOpened = new AtomicLong();
    private final AtomicLong updatesOpened = new AtomicLong();
    /** Counts changes to the index; each interview's last change is a number of it. */
    private final AtomicLong changes = new AtomicLong();
    private final Map<String, Long> changedAt = new ConcurrentHashMap<>();
    /**
     * A fingerprint of each interview's documents as last written, so that a rebuild, which writes every interview
     * again, changes the version of only those whose documents came out different.
     */
    private final Map<String, Long> contentOf = new ConcurrentHashMap<>();

    SearchIndex(ArchiveProperties properties) throws IOException {
        Path path = properties.dataDir().resolve("index");
        Files.createDirectories(path);
        this.directory = FSDirectory.open(path);
        this.writer = openWriter(path);
        this.searchers = new SearcherManager(writer, null);
    }

    /** Opens the index, or starts an empty one when what is on disk cannot be read: the database can rebuild it. */
    private IndexWriter openWriter(Path path) throws IOException {
        try {
            return new IndexWriter(directory, config());
        } catch (IOException | IllegalArgumentException unreadable) {
            log.warn("The search index at {} cannot be read ({}); starting an empty one to rebuild", path,
                    unreadable.getMessage());
            for (String file : directory.listAll()) {
                directory.deleteFile(file);
            }
            return new IndexWriter(directory, config().setOpenMode(IndexWriterConfig.OpenMode.CREATE));
        }
    }

    private IndexWriterConfig config() {
        // A larger buffer than Lucene's 16 MB: a bulk ingest or a rebuild flushes fewer, larger segments to merge.
        return new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(RAM_BUFFER_MB);
    }

    ArchiveAnalyzer analyzer() {
        return analyzer;
    }

    /** The archive revision the last commit reflects, or -1 for an index never built. */
    long revision() {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> entry : data) {
                if (entry.getKey().equals(REVISION)) {
                    return Long.parseLong(entry.getValue());
                }
            }
        }
        return -1;
    }

    /** Changes with every change readers can see, including ones that leave the archive revision alone. */
    long readerVersion() {
        return withSearcher(searcher -> ((DirectoryReader) searcher.getIndexReader()).getVersion());
    }

    int size() {
        return writer.getDocStats().numDocs;
    }

    /** How many quotes the index can find by meaning. */
    int vectors() {
        return withSearcher(searcher -> searcher.count(new FieldExistsQuery(SearchFields.VECTOR)));
    }

    /**
     * Replaces one interview's documents, and any others' that are gone, as of an archive revision; readers see the
     * old documents until the commit.
     */
    synchronized void update(Map<String, List<IndexedQuote>> replaced, Set<String> removed, long revision) {
        try {
            for (Map.Entry<String, List<IndexedQuote>> interview : replaced.entrySet()) {
                writer.updateDocuments(new Term(SearchFields.INTERVIEW, interview.getKey()),
                        documents(interview.getValue()));
            }
            for (String slug : removed) {
                writer.deleteDocuments(new Term(SearchFields.INTERVIEW, slug));
            }
            // Searchable through the near-real-time reader; made durable by the next commit. A crash before it loses
            // nothing: the last commit's revision is behind the database's, so the index is rebuilt.
            writer.setLiveCommitData(Map.of(REVISION, Long.toString(revision)).entrySet());
            refreshForReaders();
            // Only now that readers see the new documents, or the next search opens them before it reads: what is
            // worked out from the old ones is not kept as new.
            replaced.forEach((slug, quotes) -> written(slug, fingerprint(quotes.stream())));
            removed.forEach(this::gone);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The interviews the index holds quotes of. */
    Set<String> interviews() {
        return withSearcher(searcher -> {
            Set<String> slugs = new HashSet<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Terms terms = leaf.reader().terms(SearchFields.INTERVIEW);
                if (terms != null) {
                    TermsEnum each = terms.iterator();
                    for (BytesRef term = each.next(); term != null; term = each.next()) {
                        if (each.docFreq() > 0) {
                            slugs.add(term.utf8ToString());
                        }
                    }
                }
            }
            return slugs;
        });
    }

    /** Replaces everything; searches keep answering from the old documents until the commit swaps the new ones in. */
    synchronized void rebuild(Stream<IndexedQuote> quotes, long revision) {
        try {
            writer.deleteAll();
            Map<String, Long> written = new HashMap<>();
            for (IndexedQuote quote : (Iterable<IndexedQuote>) quotes::iterator) {
                writer.addDocument(QuoteDocuments.toDocument(quote, analyzer));
                written.merge(quote.quote().interview().slug(), fingerprint(Stream.of(quote)), Long::sum);
            }
            commit(revision);
            Set.copyOf(contentOf.keySet()).stream().filter(slug -> !written.containsKey(slug)).forEach(this::gone);
            written.forEach(this::written);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A number that changes whenever the interview's documents change, and only then: what is worked out from one
     * interview's quotes stays good for as long as it is the same, through rebuilds that leave them as they were.
     */
    long versionOf(String interviewSlug) {
        return changedAt.getOrDefault(interviewSlug, 0L);
    }

    private void written(String slug, long fingerprint) {
        Long before = contentOf.put(slug, fingerprint);
        if (before == null || before != fingerprint) {
            changedAt.put(slug, changes.incrementAndGet());
        }
    }

    private void gone(String slug) {
        contentOf.remove(slug);
        changedAt.put(slug, changes.incrementAndGet());
    }

    /** The sum of the quotes' hashes, spread over 64 bits: the same documents in any order give the same sum. */
    private static long fingerprint(Stream<IndexedQuote> quotes) {
        return quotes.mapToLong(quote -> {
            long hash = Objects.hash(quote.quote(), quote.date(), quote.topics()) * 31L + Arrays.hashCode(quote.vector());
            hash *= 0x9E3779B97F4A7C15L;
            return hash ^ (hash >>> 29);
        }).sum();
    }

    private List<Document> documents(List<IndexedQuote> quotes) {
        return quotes.stream().map(quote -> QuoteDocuments.toDocument(quote, analyzer)).toList();
    }

    /** Makes the updates so far durable; cheap when there are none. */
    synchronized void commitPending() {
        if (writer.hasUncommittedChanges()) {
            try {
                writer.commit();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void commit(long revision) throws IOException {
        writer.setLiveCommitData(Map.of(REVISION, Long.toString(revision)).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /**
     * Opens the new documents to readers at once when anyone has searched since the last update, as a server does.
     * Otherwise (a bulk load no one reads, such as the command line's) the next search opens them: each opening writes
     * the documents buffered so far as a segment, and one per interview would be thousands of small segments to merge.
     */
    private void refreshForReaders() throws IOException {
        if (searchedSinceUpdate.getAndSet(false)) {
            searchers.maybeRefreshBlocking();
        } else {
            updatesNotOpened.incrementAndGet();
        }
    }

    /** Runs a search on a consistent view of the index, with every update made so far. */
    <T> T withSearcher(SearchWork<T> work) {
        try {
            if (!searchedSinceUpdate.get()) {
                searchedSinceUpdate.set(true);
            }
            long updates = updatesNotOpened.get();
            if (updates > updatesOpened.get()) {
                searchers.maybeRefreshBlocking();
                updatesOpened.accumulateAndGet(updates, Math::max);
            }
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    interface SearchWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    @Override
    public void destroy() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
        analyzer.close();
    }
}
