package org.interviewarchive.reading.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interviewarchive.reading.interview.SmallInterview.query;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a reading view lays the quotes out: runs under their headings, the speaker's name where a turn starts. */
class ReadingGroupingTest {

    private final SmallInterview interview = new SmallInterview();

    @Test
    void quotesStandUnderTheirSectionHeadingsInOrderWithAnUntitledOpening() {
        Reading reading = interview.read(query(List.of(), List.of(), ""));

        assertThat(reading.parts()).extracting(Reading.Part::title).containsExactly(null, "起源", "蒸馏");
        assertThat(reading.parts()).extracting(Reading.Part::anchor).containsExactly(null, "s-qi-yuan", "s-zheng-liu");
        assertThat(reading.parts()).extracting(part -> part.lines().size()).containsExactly(1, 3, 2);
        assertThat(reading.shown()).isEqualTo(6);
        assertThat(reading.total()).isEqualTo(6);
    }

    @Test
    void theSpeakersNameStartsEachTurnAndNotEachParagraph() {
        Reading reading = interview.read(query(List.of(), List.of(), ""));

        List<Reading.Line> origins = reading.parts().get(1).lines();
        assertThat(origins).extracting(Reading.Line::turnStart).containsExactly(true, true, false);
        assertThat(origins).extracting(line -> line.speaker().name()).containsExactly("Ann Host", "Bo Guest", "Bo Guest");
    }

    @Test
    void aFilteredRunStartsWithTheSpeakersNameEvenInsideATurn() {
        Reading reading = interview.read(query(List.of(), List.of("qi-yuan"), ""));

        assertThat(SmallInterview.shownIds(reading)).containsExactly("q2", "q3", "q4");
        assertThat(reading.parts()).hasSize(1);
        assertThat(reading.parts().getFirst().lines().getFirst().turnStart()).isTrue();
    }

    @Test
    void everySpeakerKeepsOneColourAndTheContentsLinkToTheHeadings() {
        Reading reading = interview.read(query(List.of(), List.of(), ""));

        assertThat(reading.participants()).extracting(Reading.Participant::colour)
                .containsExactly("speaker-c0", "speaker-c1");
        assertThat(reading.parts().get(2).lines()).extracting(Reading.Line::colour)
                .containsExactly("speaker-c0", "speaker-c1");
        assertThat(reading.contents()).extracting(Reading.ContentsEntry::href)
                .containsExactly("#s-qi-yuan", "#s-zheng-liu");
    }

    @Test
    void theSpeakerStripHasOneMarkPerTurnAcrossTheWholeWidth() {
        Reading reading = interview.read(query(List.of(), List.of(), ""));

        assertThat(reading.speakerStrip()).hasSize(5);
        assertThat(reading.speakerStrip().getFirst().x()).isZero();
        Reading.Mark last = reading.speakerStrip().getLast();
        assertThat(last.x() + last.width()).isCloseTo(reading.stripWidth(), org.assertj.core.data.Offset.offset(0.2));
    }
}
