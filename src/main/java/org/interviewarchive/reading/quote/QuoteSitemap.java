package org.interviewarchive.reading.quote;

import org.interviewarchive.quote.QuoteService;
import org.interviewarchive.reading.SitemapSection;
import org.springframework.stereotype.Component;

/** Every quote's permalink, changed when its interview was last stored; read from the database as it is written. */
@Component
class QuoteSitemap implements SitemapSection {

    private final QuoteService quotes;

    QuoteSitemap(QuoteService quotes) {
        this.quotes = quotes;
    }

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public long size() {
        return quotes.count();
    }

    @Override
    public void pages(long skip, long limit, Page page) {
        quotes.forEachPermalink(skip, limit, permalink -> page.at(permalink.path(), permalink.updated()));
    }
}
