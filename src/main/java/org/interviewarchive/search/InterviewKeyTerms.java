package org.interviewarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.interviewarchive.speaker.SpeakerService;
import org.springframework.stereotype.Service;

/** Each interview's most distinctive words against the whole archive. */
@Service
public class InterviewKeyTerms {

    private static final int KEY_TERMS = 10;
    /**
     * How many interviews' key terms are kept at most, so that the cache never grows with the archive: ten words each,
     * a few megabytes at most, and room for every interview of an archive of millions of quotes.
     */
    static final int CACHED_INTERVIEWS = 4096;

    private final SearchIndex index;
    private final SearchQueries queries;
    private final SpeakerService speakers;
    private final ContentWords words;
    private final Map<String, KeyTermsAt> cached = new ConcurrentHashMap<>();
    private final InterviewRuns runs = new InterviewRuns();

    InterviewKeyTerms(SearchIndex index, SearchQueries queries, SpeakerService speakers, ContentWords words) {
        this.index = index;
        this.queries = queries;
        this.speakers = speakers;
        this.words = words;
    }

    /**
     * The interview's ten key terms, best first, as written in its text; empty for an unknown interview. Worked out
     * once per change to the interview, from its own quotes and the index's term statistics: readers arriving together
     * wait for the one computation rather than each doing it again.
     */
    public List<String> of(String interviewSlug) {
        long version = index.versionOf(interviewSlug);
        long archiveTokens = index.withSearcher(searcher -> searcher.getIndexReader()
                .getSumTotalTermFreq(SearchFields.TEXT));
        if (cached.size() >= CACHED_INTERVIEWS && !cached.containsKey(interviewSlug)) {
            cached.clear();
        }
        return cached.compute(interviewSlug, (slug, at) -> at != null && at.version() == version
                && sameArchive(at.archiveTokens(), archiveTokens) ? at
                : new KeyTermsAt(version, archiveTokens, compute(slug))).terms();
    }

    /**
     * Kept until the interview itself changes, or the archive it is set against grows or shrinks by more than a
     * quarter: others coming and going move its frequencies a little, not which words stand out in this one, but
     * terms worked out against the first few interviews of an import would not tell this one from a thousand.
     */
    private record KeyTermsAt(long version, long archiveTokens, List<String> terms) {
    }

    private static boolean sameArchive(long then, long now) {
        return Math.abs(now - then) * 4 <= then;
    }

    private List<String> compute(String interviewSlug) {
        TermMatcher tokens = queries.vocabulary();
        Set<String> names = speakers.knownNames().stream().flatMap(name -> tokens.tokens(name).stream())
                .collect(Collectors.toSet());
        KeyTerms keyTerms = new KeyTerms(index.analyzer(), words, names);
        return index.withSearcher(searcher -> {
            StoredFields stored = searcher.storedFields();
            List<String> texts = new ArrayList<>();
            TermQuery interview = new TermQuery(new Term(SearchFields.INTERVIEW, interviewSlug));
            for (ScoreDoc hit : searcher.search(interview, Math.max(1, searcher.count(interview))).scoreDocs) {
                texts.add(stored.document(hit.doc, Set.of(SearchFields.TEXT)).get(SearchFields.TEXT));
            }
            IndexReader reader = searcher.getIndexReader();
            return texts.isEmpty() ? List.of() : keyTerms.of(texts, token -> archiveCount(reader, token),
                    reader.getSumTotalTermFreq(SearchFields.TEXT), token -> interviewsUsing(reader, token),
                    index.interviews().size(), KEY_TERMS);
        });
    }

    /** How many interviews a token stands in: the interviews of the quotes it is indexed in. */
    private int interviewsUsing(IndexReader reader, String token) {
        try {
            return runs.interviewsUsing(reader, SearchFields.TEXT, token);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long archiveCount(IndexReader reader, String token) {
        try {
            return reader.totalTermFreq(new Term(SearchFields.TEXT, token));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
