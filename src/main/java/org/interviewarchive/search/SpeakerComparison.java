package org.interviewarchive.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interviewarchive.interview.InterviewService;
import org.interviewarchive.interview.InterviewView;
import org.interviewarchive.quote.QuoteDetail;
import org.interviewarchive.quote.QuoteKind;
import org.interviewarchive.speaker.SpeakerRef;
import org.springframework.stereotype.Service;

/**
 * Who said what about something: the hits of a search grouped by speaker, each speaker's most relevant quotes with
 * their own words before reports and summaries, shown in the order they were said.
 */
@Service
public class SpeakerComparison {

    /** How many quotes each speaker's column shows. */
    public static final int PER_SPEAKER = 5;

    private final QuoteSearch search;
    private final InterviewService interviews;

    SpeakerComparison(QuoteSearch search, InterviewService interviews) {
        this.search = search;
        this.interviews = interviews;
    }

    /**
     * @param speaker the speaker
     * @param found   how many of the hits are theirs
     * @param quotes  their most relevant quotes, oldest first
     */
    public record Column(SpeakerRef speaker, int found, List<Said> quotes) {
    }

    /**
     * @param ownWords whether it is the speaker's own words (DIRECT)
     * @param date     its interview's publication date, or null
     */
    public record Said(QuoteDetail quote, LocalDate date, boolean ownWords) {
    }

    /** The speakers of a search's best hits, those with the most first. */
    public List<Column> of(String query, SearchMode mode) {
        SearchRequest request = new SearchRequest(query, List.of(), List.of(), List.of(), List.of(), 1,
                SearchRequest.MAX_SIZE, SearchRequest.Sort.RELEVANCE);
        Map<String, List<QuoteDetail>> bySpeaker = new LinkedHashMap<>();
        Map<String, SpeakerRef> speakers = new HashMap<>();
        for (SearchResults.Hit hit : search.search(request, mode).hits()) {
            SpeakerRef speaker = hit.quote().quote().speaker();
            if (speaker != null) {
                speakers.putIfAbsent(speaker.slug(), speaker);
                bySpeaker.computeIfAbsent(speaker.slug(), slug -> new ArrayList<>()).add(hit.quote());
            }
        }
        Map<String, LocalDate> dates = new HashMap<>();
        List<Column> columns = new ArrayList<>();
        bySpeaker.forEach((slug, hits) -> {
            List<Said> chosen = hits.stream()
                    .sorted(Comparator.comparing((QuoteDetail quote) -> quote.quote().kind() != QuoteKind.DIRECT))
                    .limit(PER_SPEAKER)
                    .map(quote -> new Said(quote, dates.computeIfAbsent(quote.interview().slug(), this::dateOf),
                            quote.quote().kind() == QuoteKind.DIRECT))
                    .sorted(Comparator.comparing(Said::date, Comparator.nullsLast(Comparator.naturalOrder()))
                            .thenComparing(said -> said.quote().quote().position()))
                    .toList();
            columns.add(new Column(speakers.get(slug), hits.size(), chosen));
        });
        columns.sort(Comparator.comparingInt(Column::found).reversed());
        return columns;
    }

    /** Every speaker on a topic, by the quotes that speak of it most. */
    public List<Column> onTopic(String topicSlug) {
        return of("topic:" + topicSlug, SearchMode.KEYWORD);
    }

    private LocalDate dateOf(String interviewSlug) {
        return interviews.view(interviewSlug).map(InterviewView::date).orElse(null);
    }
}
