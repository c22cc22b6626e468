package org.interviewarchive.reading.quote;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.interviewarchive.quote.QuoteInContext;
import org.interviewarchive.quote.QuoteLookup;
import org.interviewarchive.quote.QuoteService;
import org.interviewarchive.quote.QuoteSource;
import org.interviewarchive.quote.QuoteView;
import org.interviewarchive.reading.Bylines;
import org.interviewarchive.reading.ExternalLinks;
import org.interviewarchive.reading.MediaMoments;
import org.interviewarchive.reading.ProgrammeTimes;
import org.interviewarchive.reading.ReadingPages;
import org.interviewarchive.reading.cite.Citing;
import org.interviewarchive.search.RelatedQuotes;
import org.interviewarchive.web.AbsoluteUrls;
import org.interviewarchive.web.PageMeta;
import org.interviewarchive.web.PageNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/** The shareable page of one quote. An id whose text was corrected redirects for good to the quote it became. */
@Controller
class QuotePageController {

    private static final int RELATED = 5;

    private final QuoteService quotes;
    private final Citing citations;
    private final RelatedQuotes related;
    private final Bylines bylines;
    private final QuoteCards cards;

    QuotePageController(QuoteService quotes, Citing citations, RelatedQuotes related, Bylines bylines,
            QuoteCards cards) {
        this.quotes = quotes;
        this.citations = citations;
        this.related = related;
        this.bylines = bylines;
        this.cards = cards;
    }

    @GetMapping("/q/{id}")
    ModelAndView quote(@PathVariable String id, Locale locale) {
        return switch (quotes.find(id)) {
            case QuoteLookup.Found found -> show(found.quote(), locale);
            case QuoteLookup.Moved moved -> movedTo(moved.newId());
            case QuoteLookup.Retired retired ->
                    throw new ResponseStatusException(HttpStatus.GONE, "The interview of quote " + id + " was deleted");
            case QuoteLookup.Missing missing -> throw missing(id);
        };
    }

    private static PageNotFoundException missing(String id) {
        return new PageNotFoundException("No quote has the id " + id);
    }

    private ModelAndView show(QuoteInContext page, Locale locale) {
        QuoteView quote = page.quote();
        QuoteSource interview = page.interview();
        String byline = bylines.of(quote.kind(), quote.speaker(), quote.narrator(), quote.notesSource(), locale);
        // A preview quoting a retelling or notes says so before the words, as the page does.
        String title = byline == null ? interview.title() : byline + " — " + interview.title();
        String interviewPath = "/interviews/" + interview.slug();
        String permalink = AbsoluteUrls.of(quote.url());
        String sectionUrl = quote.section() == null ? null
                : interviewPath + "?topic=" + URLEncoder.encode(quote.section(), StandardCharsets.UTF_8);
        ModelAndView view = new ModelAndView("quote");
        view.addObject("view", new QuotePageView(page, title, permalink,
                ReadingPages.inPlace(interview.slug(), quote.position(), quote.id()), sectionUrl,
                citations.quote(quote, interview.slug(), locale), ExternalLinks.http(interview.sourceUrl()),
                ProgrammeTimes.startOf(quote.startSeconds(), quote.estimatedSeconds()),
                MediaMoments.at(interview.mediaUrl(), quote.startSeconds() != null ? quote.startSeconds()
                        : quote.estimatedSeconds())));
        view.addObject("related", related.of(quote.id(), RELATED));
        PageMeta meta = PageMeta.article(title, !quote.kind().ownWords()
                ? byline + "：" + quote.text() : quote.text(), quote.url());
        view.addObject(PageMeta.MODEL_ATTRIBUTE, cards.available() ? meta.withImage(quote.url() + "/card.png") : meta);
        return view;
    }

    private static ModelAndView movedTo(String newId) {
        RedirectView redirect = new RedirectView("/q/" + newId, true);
        redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        redirect.setExposeModelAttributes(false);
        return new ModelAndView(redirect);
    }
}
