package org.interviewarchive.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which files are transcripts, by their extension: the one list the ingest of a folder, the admin's upload and its
 * form go by. What is in a file, not its name, decides its layout; only web pages are told by name as well.
 */
public final class TranscriptFiles {

    /** Every extension a transcript may have, in the order people are told them. */
    public static final List<String> EXTENSIONS = List.of("txt", "md", "markdown", "html", "htm", "xhtml", "srt", "vtt");
    private static final List<String> WEB_PAGES = List.of("html", "htm", "xhtml");

    private TranscriptFiles() {
    }

    /** Whether a folder's file is a transcript: a known extension, and not a hidden file. */
    static boolean isTranscript(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith(".") && extension(name).filter(EXTENSIONS::contains).isPresent();
    }

    /** Whether the file's name says it is a web page. */
    static boolean isWebPageName(String fileName) {
        return extension(fileName).filter(WEB_PAGES::contains).isPresent();
    }

    /** The extensions as a file chooser takes them: {@code .txt,.md,…}. */
    public static String accept() {
        return EXTENSIONS.stream().map(extension -> "." + extension).collect(Collectors.joining(","));
    }

    /** The extensions for a sentence: {@code .txt, .md, … or .vtt}. */
    static String described() {
        List<String> dotted = EXTENSIONS.stream().map(extension -> "." + extension).toList();
        return String.join(", ", dotted.subList(0, dotted.size() - 1)) + " or " + dotted.getLast();
    }

    private static Optional<String> extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? Optional.of(name.substring(dot + 1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }
}
