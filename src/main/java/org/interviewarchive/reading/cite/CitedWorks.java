package org.interviewarchive.reading.cite;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.interviewarchive.interview.InterviewView.ParticipantView;
import org.interviewarchive.interview.InterviewView;
import org.interviewarchive.interview.Role;
import org.interviewarchive.quote.QuoteKind;
import org.interviewarchive.quote.QuoteService;
import org.interviewarchive.quote.QuoteView;
import org.springframework.stereotype.Component;

/**
 * Decides who a cited text is by. A speaker's own words are theirs; a retelling is the narrator's, about the person;
 * notes are their source's, about the person, and never the person's. A whole interview is its guests'.
 */
@Component
class CitedWorks {

    private final QuoteService quotes;
    private final Clock clock;

    CitedWorks(QuoteService quotes, Clock clock) {
        this.quotes = quotes;
        this.clock = clock;
    }

    CitedWork quote(QuoteView quote, InterviewView interview, String permalink) {
        Name speaker = quote.speaker() == null ? null : Name.of(quote.speaker().name());
        List<Name> spoken = speaker == null ? List.of() : List.of(speaker);
        String subject = speaker == null ? null : speaker.natural();
        return switch (quote.kind()) {
            case DIRECT -> work("q-" + quote.id(), true, spoken, isHost(quote, interview) ? List.of()
                    : by(interview, Role.HOST), Attribution.OWN, null, interview, permalink, quote);
            case NARRATION -> work("q-" + quote.id(), true, speaker == null ? narrators(interview) : spoken, List.of(),
                    Attribution.OWN, null, interview, permalink, quote);
            case REPORTED -> work("q-" + quote.id(), true, narrators(interview), List.of(), Attribution.RETOLD, subject,
                    interview, permalink, quote);
            case SUMMARY -> work("q-" + quote.id(), true, publisher(interview), List.of(), Attribution.NOTES, subject,
                    interview, permalink, quote);
        };
    }

    /**
     * A whole interview is its guests', interviewed by its hosts; a narration is its narrator's. Notes, where the
     * notes' summaries outnumber the words quoted in them, are their source's, about the guests.
     */
    CitedWork interview(InterviewView interview, String url) {
        List<Name> guests = by(interview, Role.GUEST);
        List<Name> narrators = by(interview, Role.NARRATOR);
        List<Name> hosts = by(interview, Role.HOST);
        String language = interview.languages().getFirst();
        if (!narrators.isEmpty() || guests.isEmpty()) {
            return new CitedWork(interview.slug(), false, narrators.isEmpty() ? publisher(interview) : narrators,
                    List.of(), Attribution.OWN, null, interview.title(), interview.source(), interview.date(), url,
                    today(), language, null);
        }
        if (isNotes(interview)) {
            String subject = guests.stream().map(Name::natural).collect(Collectors.joining(", "));
            return new CitedWork(interview.slug(), false, publisher(interview), hosts, Attribution.NOTES, subject,
                    interview.title(), interview.source(), interview.date(), url, today(), language, null);
        }
        return new CitedWork(interview.slug(), false, guests, hosts, Attribution.OWN, null, interview.title(),
                interview.source(), interview.date(), url, today(), language, null);
    }

    private boolean isNotes(InterviewView interview) {
        Map<QuoteKind, Long> kinds = quotes.kindsOf(interview.slug());
        return kinds.getOrDefault(QuoteKind.SUMMARY, 0L) > kinds.getOrDefault(QuoteKind.DIRECT, 0L);
    }

    private CitedWork work(String key, boolean quote, List<Name> authors, List<Name> interviewers,
            Attribution attribution, String subject, InterviewView interview, String url, QuoteView words) {
        return new CitedWork(key, quote, authors, interviewers, attribution, subject, interview.title(),
                interview.source(), interview.date(), url, today(), words.lang(), Words.of(words));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Who narrates the interview; failing that its publisher, whose channel the narration is. */
    private static List<Name> narrators(InterviewView interview) {
        List<Name> narrators = by(interview, Role.NARRATOR);
        return narrators.isEmpty() ? publisher(interview) : narrators;
    }

    private static List<Name> publisher(InterviewView interview) {
        return interview.source() == null || interview.source().isBlank() ? List.of()
                : List.of(Name.whole(interview.source()));
    }

    private static List<Name> by(InterviewView interview, Role role) {
        return interview.speakers().stream()
                .filter(participant -> participant.role() == role)
                .map(ParticipantView::name)
                .map(Name::of)
                .toList();
    }

    private static boolean isHost(QuoteView quote, InterviewView interview) {
        return quote.speaker() == null || interview.speakers().stream()
                .anyMatch(participant -> participant.role() == Role.HOST
                        && participant.slug().equals(quote.speaker().slug()));
    }
}
