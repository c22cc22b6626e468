package org.interviewarchive.ingest.parse;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** HTML character references that exported transcripts leave in their text ({@code &#39;}, {@code &quot;}). */
final class Entities {

    private static final Pattern REFERENCE = Pattern.compile("&(?:#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));");
    private static final Map<String, String> NAMED = Map.of(
            "amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", " ",
            "mdash", "—", "ndash", "–", "hellip", "…", "rsquo", "’");

    private Entities() {
    }

    static String decode(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher matcher = REFERENCE.matcher(text);
        return matcher.replaceAll(reference -> {
            String decoded;
            if (reference.group(1) != null || reference.group(2) != null) {
                int codePoint = reference.group(1) != null ? Integer.parseInt(reference.group(1))
                        : Integer.parseInt(reference.group(2), 16);
                decoded = Character.isValidCodePoint(codePoint) && codePoint != 0
                        ? Character.toString(codePoint) : reference.group();
            } else {
                decoded = NAMED.getOrDefault(reference.group(3), reference.group());
            }
            return Matcher.quoteReplacement(decoded);
        });
    }
}
