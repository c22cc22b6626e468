package org.interviewarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.interviewarchive.topic.TopicTerm;
import org.springframework.stereotype.Service;

/**
 * The vocabulary's terms each quote of an interview talks about, for the reading view's chips, tags and topic filter.
 * Tagging looks at every quote of the interview, so it is done once per change to that interview or the vocabulary,
 * not per view, and not again for every interview when another one changes.
 */
@Service
public class InterviewTerms {

    /** How many interviews' tags are kept at most, so that the cache never grows with the archive. */
    private static final int CACHED_INTERVIEWS = 256;

    private final SearchIndex index;
    private final SearchQueries queries;
    private final TopicTermCounts termCounts;
    /** Tags of the interviews read lately, each kept until that interview or the vocabulary changes. */
    private final Map<String, Tagged> tagged = new ConcurrentHashMap<>();

    InterviewTerms(SearchIndex index, SearchQueries queries, TopicTermCounts termCounts) {
        this.index = index;
        this.queries = queries;
        this.termCounts = termCounts;
    }

    /** Each quote's terms by the quote's position in the interview; quotes about no term are left out. */
    public Map<Integer, List<TopicRef>> of(String interviewSlug) {
        long version = index.versionOf(interviewSlug);
        TermMatcher vocabulary = queries.vocabulary();
        if (tagged.size() >= CACHED_INTERVIEWS && !tagged.containsKey(interviewSlug)) {
            tagged.clear();
        }
        // One reader tags the interview while the others asking for it wait; other interviews are not held up.
        return tagged.compute(interviewSlug, (slug, cached) -> cached != null && cached.version() == version
                && cached.vocabulary() == vocabulary ? cached : new Tagged(version, vocabulary, tag(slug, vocabulary)))
                .byPosition();
    }

    /** The terms one indexed quote talks about, without tagging the rest of its interview. */
    List<TopicRef> of(IndexSearcher searcher, int doc) throws IOException {
        TermMatcher vocabulary = queries.vocabulary();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        return about(termCounts.mentions(searcher, leaf, queries.translator(vocabulary), vocabulary),
                doc - leaf.docBase, vocabulary.terms());
    }

    private record Tagged(long version, TermMatcher vocabulary, Map<Integer, List<TopicRef>> byPosition) {
    }

    /**
     * Tags each quote with the terms a {@code topic:} search finds it by: the documents mentioning each term are the very
     * sets the search counts its topic facets with, so that a chip's count is what its filter, the topic's page and a
     * search show. Positions come from doc values, so that no quote's stored text is read to tag it.
     */
    private Map<Integer, List<TopicRef>> tag(String interviewSlug, TermMatcher vocabulary) {
        QueryTranslator translator = queries.translator(vocabulary);
        return index.withSearcher(searcher -> {
            Weight interview = searcher.createWeight(new TermQuery(new Term(SearchFields.INTERVIEW, interviewSlug)),
                    ScoreMode.COMPLETE_NO_SCORES, 1);
            Map<Integer, List<TopicRef>> terms = new HashMap<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Scorer quotes = interview.scorer(leaf);
                if (quotes == null) {
                    continue;
                }
                FixedBitSet[] mentions = termCounts.mentions(searcher, leaf, translator, vocabulary);
                NumericDocValues positions = DocValues.getNumeric(leaf.reader(), SearchFields.POSITION);
                // The quotes of the interview's earlier versions stay in their segments, deleted, until a merge.
                Bits live = leaf.reader().getLiveDocs();
                DocIdSetIterator each = quotes.iterator();
                for (int doc = each.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = each.nextDoc()) {
                    if ((live == null || live.get(doc)) && positions.advanceExact(doc)) {
                        List<TopicRef> about = about(mentions, doc, vocabulary.terms());
                        if (!about.isEmpty()) {
                            terms.put(Math.toIntExact(positions.longValue()), about);
                        }
                    }
                }
            }
            return Collections.unmodifiableMap(terms);
        });
    }

    private static List<TopicRef> about(FixedBitSet[] mentions, int doc, List<TopicTerm> vocabularyTerms) {
        List<TopicRef> about = new ArrayList<>();
        for (int t = 0; t < vocabularyTerms.size(); t++) {
            if (mentions[t] != null && mentions[t].get(doc)) {
                about.add(new TopicRef(vocabularyTerms.get(t).slug(), vocabularyTerms.get(t).label()));
            }
        }
        return List.copyOf(about);
    }
}
