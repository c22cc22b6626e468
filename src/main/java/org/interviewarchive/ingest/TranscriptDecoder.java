package org.interviewarchive.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text: UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order mark, or
 * GB18030, the encoding Chinese files come in when they are not Unicode. Refuses what is not text.
 */
final class TranscriptDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final int SMALLEST_INTERVIEW = 200;

    private TranscriptDecoder() {
    }

    static String decode(byte[] bytes) {
        if (bytes.length == 0) {
            throw new RefusedFileException("the file is empty");
        }
        String text = withByteOrderMark(bytes);
        if (text == null) {
            if (hasNul(bytes)) {
                throw new RefusedFileException("it is a binary file, not text");
            }
            text = strictly(bytes, StandardCharsets.UTF_8);
            if (text == null) {
                text = strictly(bytes, GB18030);
            }
            if (text == null) {
                throw new RefusedFileException("its bytes are not text in UTF-8, UTF-16 or GB18030");
            }
        }
        check(text);
        return text;
    }

    private static String withByteOrderMark(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return undecodable(strictly(slice(bytes, 3), StandardCharsets.UTF_8), "UTF-8");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return undecodable(strictly(slice(bytes, 2), StandardCharsets.UTF_16LE), "UTF-16");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return undecodable(strictly(slice(bytes, 2), StandardCharsets.UTF_16BE), "UTF-16");
        }
        return null;
    }

    private static String undecodable(String text, String encoding) {
        if (text == null) {
            throw new RefusedFileException("it is marked as " + encoding + " but its bytes are not valid " + encoding);
        }
        return text;
    }

    private static void check(String text) {
        long controls = text.chars()
                .filter(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')
                .count();
        if (controls > text.length() / 100) {
            throw new RefusedFileException("it is a binary file, not text");
        }
        if (text.isBlank()) {
            throw new RefusedFileException("the file has nothing but white space");
        }
        long letters = text.codePoints().filter(Character::isLetterOrDigit).count();
        if (letters < SMALLEST_INTERVIEW) {
            throw new RefusedFileException("it has too little text to be an interview (" + letters
                    + " letters; an interview has at least " + SMALLEST_INTERVIEW + ")");
        }
    }

    private static String strictly(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean hasNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] slice(byte[] bytes, int from) {
        byte[] rest = new byte[bytes.length - from];
        System.arraycopy(bytes, from, rest, 0, rest.length);
        return rest;
    }
}
