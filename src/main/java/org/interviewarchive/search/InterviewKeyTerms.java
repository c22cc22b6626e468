package org.interviewarchive.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.interviewarchive.speaker.SpeakerService;
import org.springframework.stereotype.Service;

/** Each interview's most distinctive words against the whole archive, computed once per index revision. */
@Service
public class InterviewKeyTerms {

    private static final int KEY_TERMS = 10;

    private final SearchIndex index;
    private final SearchQueries queries;
    private final SpeakerService speakers;
    private final AtomicReference<KeyTermsAt> cached = new AtomicReference<>();
    private final ReentrantLock computing = new ReentrantLock();

    InterviewKeyTerms(SearchIndex index, SearchQueries queries, SpeakerService speakers) {
        this.index = index;
        this.queries = queries;
        this.speakers = speakers;
    }

    /** The interview's ten key terms, best first, as written in its text; empty for an unknown interview. */
    public List<String> of(String interviewSlug) {
        long revision = index.revision();
        KeyTermsAt current = cached.get();
        if (current == null || current.revision() != revision) {
            current = refreshed(revision, current);
        }
        return current.terms().getOrDefault(interviewSlug, List.of());
    }

    /**
     * The key terms at the revision, computed by one reader at a time: while one computes them, the others are given
     * the previous revision's at once, or wait for the first ever computation rather than each doing it again.
     */
    private KeyTermsAt refreshed(long revision, KeyTermsAt previous) {
        if (previous != null && !computing.tryLock()) {
            return previous;
        }
        if (previous == null) {
            computing.lock();
        }
        try {
            KeyTermsAt latest = cached.get();
            if (latest != null && latest.revision() == revision) {
                return latest;
            }
            TermMatcher tokens = queries.vocabulary();
            Set<String> names = speakers.knownNames().stream().flatMap(name -> tokens.tokens(name).stream())
                    .collect(Collectors.toSet());
            KeyTermsAt computed = new KeyTermsAt(revision,
                    new KeyTerms(index.analyzer(), names).of(textsByInterview(), KEY_TERMS));
            cached.set(computed);
            return computed;
        } finally {
            computing.unlock();
        }
    }

    private record KeyTermsAt(long revision, Map<String, List<String>> terms) {
    }

    private Map<String, List<String>> textsByInterview() {
        return index.withSearcher(searcher -> {
            Map<String, List<String>> texts = new HashMap<>();
            for (ScoreDoc hit : searcher.search(MatchAllDocsQuery.INSTANCE,
                    Math.max(1, searcher.getIndexReader().maxDoc())).scoreDocs) {
                Document doc = searcher.storedFields().document(hit.doc);
                texts.computeIfAbsent(doc.get(SearchFields.INTERVIEW), key -> new ArrayList<>()).add(doc.get(SearchFields.TEXT));
            }
            return texts;
        });
    }
}
