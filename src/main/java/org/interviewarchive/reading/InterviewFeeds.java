package org.interviewarchive.reading;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.interviewarchive.interview.InterviewService;
import org.interviewarchive.interview.InterviewView;
import org.interviewarchive.interview.StoredInterview;
import org.interviewarchive.web.AtomFeed;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The Atom feeds of interviews: the whole archive's, a speaker's and a topic's, each announcing interviews as they are
 * stored or stored again, the latest first; only those a feed carries are read. Entry ids name the interview, not its
 * address, so they stay the same whichever host serves them.
 */
@Component
public class InterviewFeeds {

    /** The most entries a feed carries; readers of a feed want what is new. */
    static final int ENTRIES = 50;
    private static final String ID = "urn:interview-archive:";
    private static final int SUMMARY_LENGTH = 300;

    private final InterviewService interviews;
    private final MessageSource messages;

    InterviewFeeds(InterviewService interviews, MessageSource messages) {
        this.interviews = interviews;
        this.messages = messages;
    }

    /**
     * The whole archive's feed.
     *
     * @param key      what the feed follows, unique among feeds
     * @param title    the feed's title
     * @param pagePath the page the feed follows; the feed is at this path's {@code /feed.atom}
     * @param link     where an entry leads
     */
    public ResponseEntity<String> ofArchive(String key, String title, String pagePath,
            Function<InterviewView, String> link, Locale locale) {
        return answer(key, title, pagePath, interviews.lastStored(ENTRIES), link, locale);
    }

    /**
     * The feed of some interviews, such as a speaker's ({@code key} {@code speaker:jeff-dean}).
     *
     * @param announced the slugs of the interviews the feed announces
     * @param link      where an entry leads: the interview, filtered as the page is
     */
    public ResponseEntity<String> of(Collection<String> announced, String key, String title, String pagePath,
            Function<InterviewView, String> link, Locale locale) {
        return answer(key, title, pagePath, interviews.lastStored(announced, ENTRIES), link, locale);
    }

    private ResponseEntity<String> answer(String key, String title, String pagePath, List<StoredInterview> shown,
            Function<InterviewView, String> link, Locale locale) {
        // A feed without entries last changed when the archive did.
        Instant updated = (shown.isEmpty() ? interviews.lastStored(1) : shown).stream().map(StoredInterview::stored)
                .findFirst().orElse(Instant.EPOCH);
        List<AtomFeed.Entry> entries = shown.stream()
                .map(stored -> new AtomFeed.Entry(ID + "interview:" + stored.interview().slug(),
                        stored.interview().title(), link.apply(stored.interview()), stored.stored(),
                        stored.interview().date(), summary(stored.interview(), locale)))
                .toList();
        String self = (pagePath.endsWith("/") ? pagePath : pagePath + "/") + "feed.atom";
        AtomFeed feed = new AtomFeed(ID + key, title, messages.getMessage("site.name", null, locale), self, pagePath,
                updated, entries);
        return ResponseEntity.ok().contentType(AtomFeed.TYPE).body(feed.xml());
    }

    private String summary(InterviewView interview, Locale locale) {
        if (interview.summary() != null && !interview.summary().isBlank()) {
            String oneLine = interview.summary().strip().replaceAll("\\s+", " ");
            return oneLine.length() <= SUMMARY_LENGTH ? oneLine
                    : oneLine.substring(0, oneLine.offsetByCodePoints(0, SUMMARY_LENGTH - 1)) + "…";
        }
        return messages.getMessage("feed.entry", new Object[] {interview.source() == null ? "" : interview.source(),
                interview.quoteCount()}, locale);
    }
}
