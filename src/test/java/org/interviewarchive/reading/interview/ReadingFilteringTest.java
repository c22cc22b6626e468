package org.interviewarchive.reading.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interviewarchive.reading.interview.SmallInterview.query;
import static org.interviewarchive.reading.interview.SmallInterview.shownIds;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Narrowing a reading view: which quotes a filter lets through, how it is shown, and the links that undo it. */
class ReadingFilteringTest {

    private final SmallInterview interview = new SmallInterview();

    @Test
    void aSpeakerIsFoundBySlugNameOrAliasAlike() {
        for (String value : List.of("bo-guest", "Bo Guest", "Bo")) {
            Reading reading = interview.read(query(List.of(value), List.of(), ""));

            assertThat(shownIds(reading)).as(value).containsExactly("q3", "q4", "q6");
            assertThat(reading.filters()).extracting(Reading.ActiveFilter::label).containsExactly("Bo Guest");
        }
    }

    @Test
    void aSectionIsFoundByItsSlugOrItsTitle() {
        assertThat(shownIds(interview.read(query(List.of(), List.of("zheng-liu"), "")))).containsExactly("q5", "q6");
        assertThat(shownIds(interview.read(query(List.of(), List.of("起源"), "")))).containsExactly("q2", "q3", "q4");
    }

    @Test
    void aTermLetsThroughTheQuotesThatTalkAboutIt() {
        Reading reading = interview.read(query(List.of(), List.of("distillation"), ""));

        assertThat(shownIds(reading)).containsExactly("q5", "q6");
        assertThat(reading.topics()).extracting(Reading.TopicChip::label, Reading.TopicChip::quotes,
                Reading.TopicChip::selected).containsExactly(org.assertj.core.groups.Tuple.tuple("蒸馏", 2, true));
        assertThat(reading.topicStrip()).hasSize(2);
    }

    @Test
    void speakerAndTopicMustBothHold() {
        Reading reading = interview.read(query(List.of("ann-host"), List.of("zheng-liu"), ""));

        assertThat(shownIds(reading)).containsExactly("q5");
        assertThat(reading.shown()).isEqualTo(1);
    }

    @Test
    void aValueThatNamesNothingLetsNothingThroughAndSaysSo() {
        Reading reading = interview.read(query(List.of("nobody"), List.of(), ""));

        assertThat(shownIds(reading)).isEmpty();
        assertThat(reading.filters()).singleElement().satisfies(filter -> {
            assertThat(filter.label()).isEqualTo("nobody");
            assertThat(filter.known()).isFalse();
            assertThat(filter.removeUrl()).isEqualTo("/interviews/small");
        });
    }

    @Test
    void aSelectedSpeakerChipTakesEveryValueNamingThemOut() {
        Reading reading = interview.read(query(List.of("Bo", "bo-guest", "ann-host"), List.of(), ""));

        Reading.Participant guest = reading.participants().get(1);
        assertThat(guest.selected()).isTrue();
        assertThat(guest.toggleUrl()).isEqualTo("/interviews/small?speaker=ann-host");
        assertThat(reading.participants().getFirst().toggleUrl())
                .isEqualTo("/interviews/small?speaker=Bo&speaker=bo-guest");
    }

    @Test
    void filteredQuotesLinkToTheirPlaceInTheWholeInterviewAndHiddenSectionsToo() {
        Reading reading = interview.read(query(List.of(), List.of("zheng-liu"), ""));

        assertThat(reading.parts().getFirst().lines()).extracting(Reading.Line::inPlaceUrl)
                .containsExactly("/interviews/small#q-q5", "/interviews/small#q-q6");
        assertThat(reading.contents()).extracting(Reading.ContentsEntry::href)
                .containsExactly("/interviews/small#s-qi-yuan", "#s-zheng-liu");
        assertThat(reading.clearUrl()).isEqualTo("/interviews/small");
    }
}
