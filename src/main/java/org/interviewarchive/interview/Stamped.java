package org.interviewarchive.interview;

import java.time.Instant;

/** A page's slug with when it last changed: what the sitemap says of it, without reading the entity behind it. */
public record Stamped(String slug, Instant changed) {
}
