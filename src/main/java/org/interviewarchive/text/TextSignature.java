package org.interviewarchive.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * What a text is, for telling copies apart from other texts: the hash of its letters and digits (width, case,
 * spacing, punctuation and line breaks left out), their number, and a sketch of its five-character shingles (the
 * smallest {@value #SKETCH_SIZE} of their hashes), from which the share of shingles two texts have in common is
 * estimated.
 *
 * @param hash   SHA-256 of the normalised text, in hex
 * @param length the number of letters and digits
 * @param sketch the sketch, as stored: hex hashes in ascending order, separated by commas
 */
public record TextSignature(String hash, int length, String sketch) {

    /** Hashes kept in a sketch; its stored form is at most 17 characters per hash. */
    public static final int SKETCH_SIZE = 64;
    private static final int SHINGLE = 5;

    public static TextSignature of(String text) {
        int[] letters = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).codePoints()
                .filter(Character::isLetterOrDigit).toArray();
        StringBuilder normalised = new StringBuilder(letters.length);
        Arrays.stream(letters).forEach(normalised::appendCodePoint);
        TreeSet<Long> smallest = new TreeSet<>(Long::compareUnsigned);
        for (int i = 0; i + SHINGLE <= Math.max(letters.length, SHINGLE); i++) {
            long hash = 1125899906842597L;
            for (int j = i; j < Math.min(i + SHINGLE, letters.length); j++) {
                hash = 31 * hash + letters[j];
            }
            long mixed = mix(hash);
            // Once the sketch is full, most shingles hash above all it holds: they are passed by without a tree insert.
            if (smallest.size() < SKETCH_SIZE || Long.compareUnsigned(mixed, smallest.last()) < 0) {
                smallest.add(mixed);
                if (smallest.size() > SKETCH_SIZE) {
                    smallest.pollLast();
                }
            }
        }
        List<String> hex = new ArrayList<>();
        smallest.forEach(hash -> hex.add(Long.toHexString(hash)));
        return new TextSignature(sha256(normalised.toString()), letters.length, String.join(",", hex));
    }

    /**
     * The estimated share of shingles two texts have in common (Jaccard similarity), 0 to 1: 1 for the same text,
     * above 0.9 for a copy with a few words changed.
     */
    public double similarity(TextSignature other) {
        TreeSet<Long> mine = hashes();
        TreeSet<Long> theirs = other.hashes();
        TreeSet<Long> union = new TreeSet<>(Long::compareUnsigned);
        union.addAll(mine);
        union.addAll(theirs);
        int considered = 0;
        int shared = 0;
        for (long hash : union) {
            if (considered == SKETCH_SIZE) {
                break;
            }
            considered++;
            shared += mine.contains(hash) && theirs.contains(hash) ? 1 : 0;
        }
        return considered == 0 ? 0 : (double) shared / considered;
    }

    private TreeSet<Long> hashes() {
        TreeSet<Long> hashes = new TreeSet<>(Long::compareUnsigned);
        if (!sketch.isEmpty()) {
            Arrays.stream(sketch.split(",")).map(hex -> Long.parseUnsignedLong(hex, 16)).forEach(hashes::add);
        }
        return hashes;
    }

    /** Spreads a shingle's hash over all 64 bits (the finaliser of MurmurHash3). */
    private static long mix(long hash) {
        long h = hash;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
