package org.interviewarchive.search;

import java.time.LocalDate;
import java.util.List;
import org.interviewarchive.interview.InterviewRef;
import org.interviewarchive.quote.QuoteDetail;

/**
 * One page of hits, with facet counts over all hits: for each dimension, the values most hits have.
 *
 * @param query the query text as asked
 * @param total how many quotes match
 * @param ownWordsFirst whether the hits are a speaker's: their own words first, then others' retellings, then notes
 */
public record SearchResults(String query, long total, int page, int size, List<Hit> hits, Facets facets,
        boolean ownWordsFirst) {

    /** How many values of each facet a search gives at most, the commonest, besides those it is filtered on. */
    public static final int FACET_VALUES = 20;

    /**
     * @param highlight            the quote's text, or its best passage when long, HTML-escaped, matches in
     *                             {@code <mark>}
     * @param translationHighlight the same for the translation, or null when there is none
     * @param similarMeaning       found only by its meaning, none of the query's words in it: its highlight marks
     *                             its sentence nearest the query's meaning
     */
    public record Hit(QuoteDetail quote, InterviewRef interview, LocalDate interviewDate, String highlight,
            String translationHighlight, float score, boolean similarMeaning) {
    }

    public record Facets(List<FacetValue> speaker, List<FacetValue> interview, List<FacetValue> topic,
            List<FacetValue> kind) {

        static final Facets NONE = new Facets(List.of(), List.of(), List.of(), List.of());

        public List<FacetValue> of(Dimension dimension) {
            return switch (dimension) {
                case SPEAKER -> speaker;
                case INTERVIEW -> interview;
                case TOPIC -> topic;
                case KIND -> kind;
            };
        }
    }

    public record FacetValue(String value, String label, long count) {
    }

    public int pages() {
        return (int) Math.min(Integer.MAX_VALUE, (total + size - 1) / size);
    }

    static SearchResults empty(SearchRequest request) {
        return new SearchResults(request.q(), 0, request.page(), request.size(), List.of(), Facets.NONE, false);
    }
}
