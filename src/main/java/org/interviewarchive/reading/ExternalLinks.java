package org.interviewarchive.reading;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Links to the outside world that come from transcripts and their metadata. Only http and https pass: a
 * {@code javascript:} or {@code data:} address in a transcript must never become a link a reader can click.
 */
public final class ExternalLinks {

    private static final Set<String> SCHEMES = Set.of("http", "https");

    private ExternalLinks() {
    }

    /** The address when it is a well-formed http(s) URL, otherwise null. */
    public static String http(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            return uri.getScheme() != null && SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT))
                    && uri.getHost() != null ? url.strip() : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
