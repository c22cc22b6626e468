package org.interviewarchive.quote;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.interviewarchive.interview.Interview;
import org.interviewarchive.interview.Section;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Quotes: replaced interview by interview by the ingest, found by public id, listed in reading order. */
@Service
public class QuoteService {

    private final QuoteRepository quotes;
    private final QuoteRedirectRepository redirects;
    private final RetiredQuoteRepository retired;
    private final Clock clock;

    QuoteService(QuoteRepository quotes, QuoteRedirectRepository redirects, RetiredQuoteRepository retired, Clock clock) {
        this.quotes = quotes;
        this.redirects = redirects;
        this.retired = retired;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<QuoteView> inReadingOrder(String interviewSlug) {
        return inOrder(interviewSlug).stream().map(QuoteView::of).toList();
    }

    /** How many of an interview's quotes are of each kind, counted by the database. */
    @Transactional(readOnly = true)
    public Map<QuoteKind, Long> kindsOf(String interviewSlug) {
        Map<QuoteKind, Long> kinds = new EnumMap<>(QuoteKind.class);
        for (Object[] row : quotes.countKindsOf(interviewSlug)) {
            kinds.put((QuoteKind) row[0], (Long) row[1]);
        }
        return kinds;
    }

    /** An interview's quotes in reading order, each with the position of the section it stands under. */
    @Transactional(readOnly = true)
    public List<PlacedQuote> placedInReadingOrder(String interviewSlug) {
        return inOrder(interviewSlug).stream()
                .map(quote -> new PlacedQuote(QuoteView.of(quote),
                        quote.getSection() == null ? PlacedQuote.NO_SECTION : quote.getSection().getPosition()))
                .toList();
    }

    /** By the interview's id, so that the look-up walks the quote table's (interview, position) index. */
    private List<Quote> inOrder(String interviewSlug) {
        return quotes.findInterviewId(interviewSlug).map(quotes::findInReadingOrder).orElse(List.of());
    }

    @Transactional(readOnly = true)
    public long count() {
        return quotes.count();
    }

    /**
     * Hands over the permalinks of {@code limit} quotes after the first {@code skip}, in a stable order, one at a time
     * as the database returns them: the sitemap lists every quote without holding them all.
     */
    @Transactional(readOnly = true)
    public void forEachPermalink(long skip, long limit, Consumer<QuotePermalink> each) {
        try (Stream<QuotePermalink> permalinks = quotes.streamPermalinks()) {
            permalinks.skip(skip).limit(limit).forEach(each);
        }
    }

    @Transactional(readOnly = true)
    public QuoteLookup find(String publicId) {
        return quotes.findByPublicId(publicId)
                .<QuoteLookup>map(quote -> new QuoteLookup.Found(inContext(quote)))
                .or(() -> redirects.findById(publicId).map(redirect -> new QuoteLookup.Moved(redirect.newId())))
                .or(() -> retired.existsById(publicId) ? Optional.of(new QuoteLookup.Retired()) : Optional.empty())
                .orElseGet(QuoteLookup.Missing::new);
    }

    /** The quote with its interview and the quotes either side of it, in one look-up. */
    private QuoteInContext inContext(Quote quote) {
        QuoteView previous = null;
        QuoteView next = null;
        for (Quote neighbour : neighbours(quote)) {
            if (neighbour.getPosition() < quote.getPosition()) {
                previous = QuoteView.of(neighbour);
            } else {
                next = QuoteView.of(neighbour);
            }
        }
        return new QuoteInContext(QuoteView.of(quote), QuoteSource.of(quote.getInterview()), previous, next);
    }

    private List<Quote> neighbours(Quote quote) {
        return quotes.findByInterviewAndPositionIn(
                quote.getInterview(), List.of(quote.getPosition() - 1, quote.getPosition() + 1));
    }

    /**
     * Deletes an interview's quotes before the interview is stored again, and hands back their ids and texts so that
     * {@link #add} can redirect the ids that do not come back.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<StoredText> remove(Interview interview) {
        List<StoredText> previous = quotes.findTextsOf(interview);
        quotes.deleteByInterview(interview);
        return previous;
    }

    /**
     * Deletes an interview's quotes for good: their ids, and the older ids that redirected to them, are retired and
     * answer that the quote was removed. Returns how many quotes there were.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int retire(Interview interview) {
        List<String> ids = quotes.findTextsOf(interview).stream().map(StoredText::publicId).toList();
        Set<String> retiring = new HashSet<>(ids);
        List<QuoteRedirect> pointingHere = redirects.findByNewIdIn(ids);
        pointingHere.forEach(redirect -> retiring.add(redirect.oldId()));
        redirects.deleteAll(pointingHere);
        retired.saveAll(retiring.stream()
                .map(id -> new RetiredQuote(id, interview.getSlug(), clock.instant()))
                .toList());
        quotes.deleteByInterview(interview);
        return ids.size();
    }

    /**
     * Stores an interview's quotes in reading order under ids derived from their text, and redirects every previous
     * id that is gone to the most similar new quote. Returns them as stored, in reading order.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<QuoteView> add(Interview interview, List<QuoteDraft> drafts, List<StoredText> previous) {
        List<String> ids = QuoteIds.assign(interview.getSlug(), drafts.stream().map(QuoteDraft::text).toList());
        List<Section> sections = interview.getSections();
        List<Quote> stored = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            QuoteDraft draft = drafts.get(i);
            Section section = draft.section() < 0 ? null : sections.get(draft.section());
            stored.add(new Quote(ids.get(i), interview, section, i, draft));
        }
        quotes.saveAll(stored);
        redirectGone(previous, ids, drafts);
        return stored.stream().map(QuoteView::of).toList();
    }

    private void redirectGone(List<StoredText> previous, List<String> newIds, List<QuoteDraft> drafts) {
        Set<String> live = new HashSet<>(newIds);
        redirects.deleteByOldIdIn(live);
        // A deleted interview ingested again: its ids that come back answer again.
        retired.deleteByPublicIdIn(live);
        List<StoredText> gone = previous.stream().filter(old -> !live.contains(old.publicId())).toList();
        if (gone.isEmpty() || newIds.isEmpty()) {
            return;
        }
        List<String> newTexts = drafts.stream().map(draft -> QuoteIds.normalise(draft.text())).toList();
        Map<String, String> movedTo = new HashMap<>();
        for (StoredText old : gone) {
            movedTo.put(old.publicId(), newIds.get(mostSimilar(QuoteIds.normalise(old.text()), newTexts)));
        }
        // Older redirects that pointed at a quote now gone follow it to where it went.
        for (QuoteRedirect older : redirects.findByNewIdIn(movedTo.keySet())) {
            older.pointAt(movedTo.get(older.newId()));
        }
        movedTo.forEach((oldId, newId) -> redirects.save(new QuoteRedirect(oldId, newId, clock.instant())));
    }

    private static int mostSimilar(String text, List<String> candidates) {
        int best = 0;
        double bestScore = -1;
        for (int i = 0; i < candidates.size(); i++) {
            double score = TextSimilarity.of(text, candidates.get(i));
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }
}
