package org.interviewarchive.reading.interview;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.interviewarchive.interview.InterviewView;
import org.interviewarchive.interview.Role;
import org.interviewarchive.quote.PlacedQuote;
import org.interviewarchive.quote.QuoteKind;
import org.interviewarchive.quote.QuoteView;
import org.interviewarchive.search.InterviewFind;
import org.interviewarchive.search.TopicRef;
import org.interviewarchive.speaker.SpeakerRef;

/**
 * A short interview written out in a test, for building reading views without a server: a host and a guest, an
 * untitled opening and two sections, and the vocabulary terms some quotes talk about.
 */
final class SmallInterview {

    static final SpeakerRef HOST = new SpeakerRef("ann-host", "Ann Host");
    static final SpeakerRef GUEST = new SpeakerRef("bo-guest", "Bo Guest");
    static final TopicRef DISTILLATION = new TopicRef("distillation", "蒸馏");

    private final List<PlacedQuote> quotes = new ArrayList<>();
    private final Map<Integer, List<TopicRef>> terms = new HashMap<>();

    /** q1 opens untitled; 起源 holds q2–q4 (q3 and q4 one turn); 蒸馏 holds q5–q6. */
    SmallInterview() {
        add(PlacedQuote.NO_SECTION, 1, HOST, "欢迎收听。");
        add(0, 2, HOST, "这一切是怎么开始的？");
        add(0, 3, GUEST, "从一个小组开始。");
        add(0, 3, GUEST, "后来我们合并了团队。");
        add(1, 4, HOST, "为什么要做蒸馏？");
        add(1, 5, GUEST, "蒸馏让小模型变强。");
        // q5 and q6, by position
        terms.put(4, List.of(DISTILLATION));
        terms.put(5, List.of(DISTILLATION));
    }

    private void add(int section, int turn, SpeakerRef speaker, String text) {
        String id = "q" + (quotes.size() + 1);
        String sectionTitle = section == PlacedQuote.NO_SECTION ? null : List.of("起源", "蒸馏").get(section);
        quotes.add(new PlacedQuote(new QuoteView(id, quotes.size(), turn, speaker, sectionTitle, QuoteKind.DIRECT, text,
                "zh", null, null, "/q/" + id, "zh", null, null, null, null), section));
    }

    InterviewView interview() {
        return new InterviewView("small", "一次小访谈", null, null, null, null, null, "small.txt", List.of("zh"),
                quotes.size(),
                List.of(new InterviewView.ParticipantView(HOST.slug(), HOST.name(), Role.HOST, 3, 3),
                        new InterviewView.ParticipantView(GUEST.slug(), GUEST.name(), Role.GUEST, 2, 3)),
                List.of(new InterviewView.SectionView("起源", null, 3), new InterviewView.SectionView("蒸馏", null, 2)));
    }

    Reading read(ReadingQuery query) {
        return read(query, Map.of());
    }

    Reading read(ReadingQuery query, Map<String, InterviewFind.Found> found) {
        return InterviewReader.assemble(interview(), query, quotes, terms, found, List.of(), names(), 1);
    }

    /** The speaker look-up: slugs, names and one alias ({@code Bo}) of the two speakers. */
    private static Function<String, Optional<String>> names() {
        Map<String, String> names = Map.of("ann-host", "ann-host", "ann host", "ann-host", "bo-guest", "bo-guest",
                "bo guest", "bo-guest", "bo", "bo-guest");
        return value -> Optional.ofNullable(names.get(value.toLowerCase(java.util.Locale.ROOT)));
    }

    static ReadingQuery query(List<String> speakers, List<String> topics, String find) {
        return ReadingQuery.of(speakers, topics, null, find);
    }

    /** Every shown line's id, in order. */
    static List<String> shownIds(Reading reading) {
        return reading.parts().stream().flatMap(part -> part.lines().stream()).map(Reading.Line::id).toList();
    }
}
