package org.interviewarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.search.IndexSearcher;

/** Counts of the hits a collector gathered by one dimension, from the doc values that carry value and label. */
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

    static List<SearchResults.FacetValue> count(SearchIndex index, IndexSearcher searcher, FacetsCollector collector,
            Dimension dimension) throws IOException {
        String field = SearchFields.facet(dimension);
        StringValueFacetCounts counts = new StringValueFacetCounts(
                index.facetState(searcher.getIndexReader(), field), collector);
        FacetResult result = counts.getTopChildren(Integer.MAX_VALUE, field);
        List<SearchResults.FacetValue> values = new ArrayList<>();
        if (result != null) {
            for (LabelAndValue entry : result.labelValues) {
                int separator = entry.label.indexOf(SearchFields.SEPARATOR);
                values.add(new SearchResults.FacetValue(entry.label.substring(0, separator),
                        entry.label.substring(separator + 1), entry.value.longValue()));
            }
        }
        return values;
    }
}
