package org.interviewarchive.search;

import java.util.ArrayList;
import java.util.List;

/** Which of a dimension's counted values a reader is shown. */
final class Facets {

    private Facets() {
    }

    /**
     * The values a reader is shown of a dimension, from values sorted commonest first: the commonest, and further down
     * any the search is filtered on, so that a filter that is on is always there to take off.
     */
    static List<SearchResults.FacetValue> shown(List<SearchResults.FacetValue> commonestFirst, List<String> filtered) {
        List<SearchResults.FacetValue> shown = new ArrayList<>();
        for (int i = 0; i < commonestFirst.size(); i++) {
            SearchResults.FacetValue value = commonestFirst.get(i);
            if (i < SearchResults.FACET_VALUES || filtered.contains(value.value())) {
                shown.add(value);
            }
        }
        return shown;
    }
}
