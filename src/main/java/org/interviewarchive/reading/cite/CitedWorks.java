package org.interviewarchive.reading.cite;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.interviewarchive.interview.InterviewView.ParticipantView;
import org.interviewarchive.interview.InterviewView;
import org.interviewarchive.interview.Role;
import org.interviewarchive.quote.QuoteView;
import org.springframework.stereotype.Component;

/**
 * Decides who a cited text is by. A speaker's own words are theirs; a retelling is the narrator's, about the person;
 * notes are their source's, about the person, and never the person's. A whole interview is its guests'.
 */
@Component
class CitedWorks {

    private final Clock clock;

    CitedWorks(Clock clock) {
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

    CitedWork interview(InterviewView interview, String url) {
        List<Name> guests = by(interview, Role.GUEST);
        List<Name> narrators = by(interview, Role.NARRATOR);
        boolean interviewed = narrators.isEmpty() && !guests.isEmpty();
        List<Name> authors = interviewed ? guests : narrators.isEmpty() ? publisher(interview) : narrators;
        List<Name> interviewers = interviewed ? by(interview, Role.HOST) : List.of();
        return new CitedWork(interview.slug(), false, authors, interviewers, Attribution.OWN, null, interview.title(),
                interview.source(), interview.date(), url, today(), interview.languages().getFirst(), null);
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
