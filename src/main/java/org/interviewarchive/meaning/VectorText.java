package org.interviewarchive.meaning;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.interviewarchive.quote.QuoteView;

/** What of a quote the model reads: its text, and its translation when it has one. */
record VectorText(String text, String hash) {

    static VectorText of(QuoteView quote) {
        String text = quote.translation() == null ? quote.text() : quote.text() + "\n" + quote.translation();
        return new VectorText(text, sha256(text));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
