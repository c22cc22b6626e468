package org.interviewarchive.quote;

import java.time.Instant;

/** A quote's public id and when its interview was last stored, for the sitemap. */
public record QuotePermalink(String id, Instant updated) {

    public String path() {
        return "/q/" + id;
    }
}
