package org.interviewarchive.reading.interview;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.interviewarchive.interview.InterviewService;
import org.interviewarchive.interview.InterviewView;
import org.interviewarchive.quote.PlacedQuote;
import org.interviewarchive.quote.QuoteService;
import org.interviewarchive.reading.ExternalLinks;
import org.interviewarchive.search.InterviewFind;
import org.interviewarchive.search.InterviewKeyTerms;
import org.interviewarchive.search.InterviewTerms;
import org.interviewarchive.search.TopicRef;
import org.interviewarchive.speaker.SpeakerService;
import org.springframework.stereotype.Service;

/** Builds the reading view of an interview: the quotes a reader's filters let through, in place, with every link. */
@Service
class InterviewReader {

    private static final int CACHED_INTERVIEWS = 8;

    private final InterviewService interviews;
    private final QuoteService quotes;
    private final SpeakerService speakers;
    private final InterviewTerms terms;
    private final InterviewFind find;
    private final InterviewKeyTerms keyTerms;
    /**
     * The quotes of the interviews read last, as of the revision each was last stored at: a long interview's pages are
     * read one after another, and loading its tens of thousands of quotes again for each would be most of the time.
     * Other interviews' changes leave them be; readers of the same interview wait for one load, not one each.
     */
    private final Map<String, Placed> placed = new ConcurrentHashMap<>();

    InterviewReader(InterviewService interviews, QuoteService quotes, SpeakerService speakers, InterviewTerms terms,
            InterviewFind find, InterviewKeyTerms keyTerms) {
        this.interviews = interviews;
        this.quotes = quotes;
        this.speakers = speakers;
        this.terms = terms;
        this.find = find;
        this.keyTerms = keyTerms;
    }

    private record Placed(long revision, List<PlacedQuote> quotes) {
    }

    private List<PlacedQuote> placedInReadingOrder(String slug) {
        long stored = interviews.revisionOf(slug).orElse(-1);
        if (placed.size() >= CACHED_INTERVIEWS && !placed.containsKey(slug)) {
            placed.clear();
        }
        return placed.compute(slug, (key, cached) -> cached != null && cached.revision() == stored ? cached
                : new Placed(stored, quotes.placedInReadingOrder(key))).quotes();
    }

    /** The reading view's page (from 1), or all of what is shown on one page when {@code page} is 0. */
    Optional<Reading> read(String slug, ReadingQuery query, int page) {
        return interviews.view(slug).map(interview -> assemble(interview, query, placedInReadingOrder(slug),
                terms.of(slug), query.find().isEmpty() ? Map.of() : find.find(slug, query.find()),
                keyTerms.of(slug), speakers::slugOf, page));
    }

    /**
     * The reading view from everything it shows.
     *
     * @param tags        the vocabulary terms each quote talks about, by the quote's position
     * @param found       the quotes the find words match, marked, by quote id
     * @param speakerSlug the slug of the speaker a slug, name or alias stands for
     * @param page        the page asked for, from 1; 0 for everything shown on one page
     */
    static Reading assemble(InterviewView interview, ReadingQuery query, List<PlacedQuote> all,
            Map<Integer, List<TopicRef>> tags, Map<String, InterviewFind.Found> found, List<String> keyTerms,
            Function<String, Optional<String>> speakerSlug, int page) {
        ReadingContext context = ReadingContext.of(interview, query, all, tags);
        ReadingFilters filters = new ReadingFilters(context, speakerSlug);
        List<PlacedQuote> shown = all.stream().filter(filters::accepts).toList();
        ReadingPaging paging = ReadingPaging.of(context, shown, page);
        ReadingParts parts = new ReadingParts(context, paging, found);
        ReadingPanel panel = new ReadingPanel(context, filters);
        ReadingStrips strips = new ReadingStrips(context, paging);
        ReadingQuery asked = context.query();
        int pages = paging.pages();
        int at = Math.max(1, paging.page());
        return new Reading(interview, asked, panel.participants(), panel.contents(paging), parts.parts(),
                filters.active(), shown.size(), all.size(), panel.shows(), context.wholeInterview(),
                asked.withoutFind().applyTo(context.path() + "/export.md"),
                ExternalLinks.http(interview.sourceUrl()), ExternalLinks.http(interview.mediaUrl()),
                panel.topicChips(), panel.keyTerms(keyTerms), parts.find(), strips.speakers(),
                asked.topics().isEmpty() ? null : strips.topics(filters::aboutSelectedTopic), at, pages,
                at > 1 ? paging.pageUrl(at - 1) : null, at < pages ? paging.pageUrl(at + 1) : null);
    }
}
