package org.interviewarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Of a facet's values, commonest first, a reader is shown the commonest and whatever the search is filtered on. */
class FacetValuesShownTest {

    private final List<SearchResults.FacetValue> thirty = IntStream.range(0, 30)
            .mapToObj(i -> new SearchResults.FacetValue("v" + i, "Value " + i, 100 - i)).toList();

    @Test
    void theCommonestAreShownInTheirOrder() {
        assertThat(Facets.shown(thirty, List.of())).isEqualTo(thirty.subList(0, SearchResults.FACET_VALUES));
    }

    @Test
    void aValueTheSearchIsFilteredOnIsShownBelowThemHoweverRare() {
        List<SearchResults.FacetValue> shown = Facets.shown(thirty, List.of("v27", "v3"));

        assertThat(shown).hasSize(SearchResults.FACET_VALUES + 1);
        assertThat(shown.subList(0, SearchResults.FACET_VALUES)).isEqualTo(thirty.subList(0, SearchResults.FACET_VALUES));
        assertThat(shown.getLast().value()).isEqualTo("v27");
    }

    @Test
    void fewerValuesThanThatAreAllShown() {
        assertThat(Facets.shown(thirty.subList(0, 5), List.of("v1"))).isEqualTo(thirty.subList(0, 5));
    }
}
