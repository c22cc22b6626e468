package org.interviewarchive.reading;

import java.util.List;
import org.interviewarchive.interview.Stamped;

/**
 * A sitemap section of pages named by slug under one path ({@code /speakers/jeff-dean}), each with when it last
 * changed, read as slugs and times rather than as the entities behind them.
 */
public abstract class StampedSitemap implements SitemapSection {

    private final String name;
    private final String path;

    /** @param path what comes before each slug, such as {@code /speakers/} */
    protected StampedSitemap(String name, String path) {
        this.name = name;
        this.path = path;
    }

    /** Every page's slug and when it last changed, in a stable order. */
    protected abstract List<Stamped> stamps();

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final long size() {
        return stamps().size();
    }

    @Override
    public final void pages(long skip, long limit, Page page) {
        stamps().stream().skip(skip).limit(limit).forEach(stamped -> page.at(path + stamped.slug(), stamped.changed()));
    }
}
