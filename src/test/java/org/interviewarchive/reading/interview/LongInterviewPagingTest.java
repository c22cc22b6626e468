package org.interviewarchive.reading.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.interviewarchive.interview.InterviewView;
import org.interviewarchive.interview.Role;
import org.interviewarchive.quote.PlacedQuote;
import org.interviewarchive.quote.QuoteKind;
import org.interviewarchive.quote.QuoteView;
import org.interviewarchive.reading.ReadingPages;
import org.interviewarchive.search.InterviewFind;
import org.interviewarchive.speaker.SpeakerRef;
import org.junit.jupiter.api.Test;

/**
 * A 72,000-quote interview is read a few hundred quotes a page, while its contents, filters and strips cover all of
 * it and every link to a quote or a section lands on the page that holds it.
 */
class LongInterviewPagingTest {

    private static final int QUOTES = 72_000;
    private static final int SECTIONS = 40;
    private static final SpeakerRef HOST = new SpeakerRef("host", "Host");
    private static final SpeakerRef GUEST = new SpeakerRef("guest", "Guest");

    private final List<PlacedQuote> quotes = new ArrayList<>();
    private final List<InterviewView.SectionView> sections = new ArrayList<>();

    LongInterviewPagingTest() {
        int perSection = QUOTES / SECTIONS;
        for (int i = 0; i < QUOTES; i++) {
            int section = i / perSection;
            SpeakerRef speaker = i % 2 == 0 ? HOST : GUEST;
            String id = "q" + i;
            quotes.add(new PlacedQuote(new QuoteView(id, i, i + 1, speaker, "第" + section + "节", QuoteKind.DIRECT,
                    "第 " + i + " 句话。", "zh", null, null, "/q/" + id, "zh", null, null, null, null), section));
        }
        for (int s = 0; s < SECTIONS; s++) {
            sections.add(new InterviewView.SectionView("第" + s + "节", null, perSection));
        }
    }

    @Test
    void eachPageHoldsAFewHundredQuotesAndLinksToTheOthers() {
        Reading first = read(List.of(), "", 1);

        assertThat(lines(first)).hasSize(ReadingPages.SIZE);
        assertThat(first.pages()).isEqualTo(QUOTES / ReadingPages.SIZE);
        assertThat(first.previousPageUrl()).isNull();
        assertThat(first.nextPageUrl()).isEqualTo("/interviews/long?page=2");
        assertThat(first.speakerStrip().size()).as("a strip's marks, not one per turn").isLessThanOrEqualTo(250);

        Reading last = read(List.of(), "", 10_000);
        assertThat(last.page()).isEqualTo(last.pages());
        assertThat(lines(last).getLast().id()).isEqualTo("q" + (QUOTES - 1));
        assertThat(last.nextPageUrl()).isNull();
    }

    @Test
    void theContentsCoverTheWholeInterviewAndLeadToTheRightPage() {
        Reading first = read(List.of(), "", 1);

        assertThat(first.contents()).hasSize(SECTIONS);
        assertThat(first.contents().getFirst().href()).startsWith("#s-");
        int page = ReadingPages.of(QUOTES / SECTIONS * 10);
        assertThat(first.contents().get(10).href()).startsWith("/interviews/long?page=" + page + "#s-");
    }

    @Test
    void aFilteredLongInterviewIsPagedTooAndFindsMatchesOnOtherPages() {
        Reading guest = read(List.of("guest"), "", 2);

        assertThat(guest.shown()).isEqualTo(QUOTES / 2);
        assertThat(lines(guest)).hasSize(ReadingPages.SIZE).allSatisfy(line -> assertThat(line.speaker()).isEqualTo(GUEST));
        assertThat(guest.nextPageUrl()).isEqualTo("/interviews/long?speaker=guest&page=3");
        String hidden = lines(guest).getFirst().inPlaceUrl();
        int index = Integer.parseInt(lines(guest).getFirst().id().substring(1));
        assertThat(hidden).isEqualTo("/interviews/long?page=" + ReadingPages.of(index) + "#q-q" + index);

        Reading found = read(List.of(), "句话", 1, Map.of("q50000", new InterviewFind.Found("第 <mark>句话</mark>", null)));
        assertThat(found.find().first()).isEqualTo("/interviews/long?q=%E5%8F%A5%E8%AF%9D&page="
                + ReadingPages.of(50_000) + "#q-q50000");
    }

    @Test
    void aQuoteInPlaceOpensOnThePageThatHoldsIt() {
        assertThat(ReadingPages.inPlace("long", 0, "q0")).isEqualTo("/interviews/long#q-q0");
        assertThat(ReadingPages.inPlace("long", 650, "q650"))
                .isEqualTo("/interviews/long?page=" + (650 / ReadingPages.SIZE + 1) + "#q-q650");
    }

    private Reading read(List<String> speakers, String find, int page) {
        return read(speakers, find, page, Map.of());
    }

    private Reading read(List<String> speakers, String find, int page, Map<String, InterviewFind.Found> found) {
        InterviewView interview = new InterviewView("long", "很长的访谈", null, null, null, null, null, "long.txt",
                List.of("zh"), QUOTES,
                List.of(new InterviewView.ParticipantView("host", "Host", Role.HOST, QUOTES / 2, QUOTES / 2),
                        new InterviewView.ParticipantView("guest", "Guest", Role.GUEST, QUOTES / 2, QUOTES / 2)),
                sections);
        return InterviewReader.assemble(interview, ReadingQuery.of(speakers, List.of(), null, find), quotes, Map.of(),
                found, List.of(), value -> Optional.of(value), page);
    }

    private static List<Reading.Line> lines(Reading reading) {
        return reading.parts().stream().flatMap(part -> part.lines().stream()).toList();
    }
}
