package org.interviewarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.interviewarchive.quote.QuoteDetail;
import org.interviewarchive.quote.QuoteKind;
import org.springframework.stereotype.Service;

/**
 * "Did they really say this?": a pasted sentence looked up by the character pairs of its folded text, so that it is
 * found fast among any number of quotes whatever its script, width or punctuation; then compared with each candidate
 * to tell verbatim from close; failing both, the quotes nearest in meaning.
 */
@Service
public class QuoteCheck {

    /** Fewer folded characters say too little to be found anywhere meaningfully. */
    static final int MIN_LENGTH = 4;
    /** Longer sentences are checked by their beginning. */
    static final int MAX_LENGTH = 300;
    /** How alike a quote's closest stretch must be to count as the same words with small differences. */
    static final double CLOSE = 0.7;
    private static final int CANDIDATES = 20;
    private static final int SIMILAR = 5;

    private final SearchIndex index;
    private final MeaningSearch meaning;

    QuoteCheck(SearchIndex index, MeaningSearch meaning) {
        this.index = index;
        this.meaning = meaning;
    }

    public CheckResult check(String sentence) {
        String asked = sentence == null ? "" : sentence.strip();
        String folded = CheckText.fold(index.analyzer(), asked);
        if (folded.length() < MIN_LENGTH) {
            return CheckResult.notFound(asked);
        }
        String wanted = folded.substring(0, Math.min(MAX_LENGTH, folded.length()));
        return index.withSearcher(searcher -> {
            List<CheckResult.Match> matches = wordMatches(searcher, wanted);
            if (!matches.isEmpty()) {
                return new CheckResult(asked, matches.getFirst().verdict(), matches, earliest(matches));
            }
            List<CheckResult.Match> similar = similar(searcher, asked);
            return similar.isEmpty() ? CheckResult.notFound(asked)
                    : new CheckResult(asked, CheckResult.Verdict.SIMILAR_MEANING, similar, null);
        });
    }

    private List<CheckResult.Match> wordMatches(IndexSearcher searcher, String wanted) throws IOException {
        Set<String> grams = CheckText.grams(wanted);
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        grams.forEach(gram -> query.add(new TermQuery(new Term(SearchFields.GRAMS, gram)), Occur.SHOULD));
        query.setMinimumNumberShouldMatch(Math.max(1, grams.size() / 2));
        List<CheckResult.Match> matches = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(query.build(), CANDIDATES).scoreDocs) {
            Document doc = searcher.storedFields().document(hit.doc);
            QuoteDetail quote = QuoteDocuments.toQuote(doc);
            CheckResult.Match best = null;
            for (String text : new String[] {quote.quote().text(), quote.quote().translation()}) {
                if (text != null) {
                    CheckResult.Match match = compare(searcher, hit.doc, quote, wanted, text);
                    if (match != null && (best == null || match.similarity() > best.similarity())) {
                        best = match;
                    }
                }
            }
            if (best != null) {
                matches.add(best);
            }
        }
        matches.sort(Comparator.comparingDouble(CheckResult.Match::similarity).reversed()
                .thenComparing(CheckResult.Match::date, Comparator.nullsLast(Comparator.naturalOrder())));
        return matches;
    }

    private CheckResult.Match compare(IndexSearcher searcher, int doc, QuoteDetail quote, String wanted, String text)
            throws IOException {
        String folded = CheckText.fold(index.analyzer(), text);
        if (folded.contains(wanted)) {
            return match(searcher, doc, quote, CheckResult.Verdict.VERBATIM, 1, List.of());
        }
        CheckText.Alignment alignment = CheckText.align(wanted, folded);
        if (alignment.similarity() < CLOSE) {
            return null;
        }
        return match(searcher, doc, quote, CheckResult.Verdict.CLOSE, alignment.similarity(),
                CheckText.diff(alignment.stretch(), wanted));
    }

    private List<CheckResult.Match> similar(IndexSearcher searcher, String asked) throws IOException {
        if (!meaning.available()) {
            return List.of();
        }
        List<CheckResult.Match> similar = new ArrayList<>();
        for (ScoreDoc hit : meaning.nearest(searcher, meaning.embed(asked), null, SIMILAR).top().scoreDocs) {
            QuoteDetail quote = QuoteDocuments.toQuote(searcher.storedFields().document(hit.doc));
            // Lucene scores a dot product of unit vectors as (1 + cosine) / 2.
            similar.add(match(searcher, hit.doc, quote, CheckResult.Verdict.SIMILAR_MEANING, 2 * hit.score - 1,
                    List.of()));
        }
        return similar;
    }

    private static CheckResult.Match match(IndexSearcher searcher, int doc, QuoteDetail quote,
            CheckResult.Verdict verdict, double similarity, List<CheckResult.Word> words) throws IOException {
        return new CheckResult.Match(quote, QuoteDocuments.date(searcher, doc), quote.quote().kind() == QuoteKind.DIRECT,
                verdict, similarity, words);
    }

    /** The earliest dated occurrence, when the words stand in more than one interview. */
    private static CheckResult.Match earliest(List<CheckResult.Match> matches) {
        Set<String> interviews = new HashSet<>();
        matches.forEach(match -> interviews.add(match.quote().interview().slug()));
        if (interviews.size() < 2) {
            return null;
        }
        return matches.stream().filter(match -> match.date() != null)
                .min(Comparator.comparing(CheckResult.Match::date))
                .orElse(null);
    }
}
