package org.interviewarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.function.Supplier;
import org.interviewarchive.ingest.parse.ParseContext;
import org.interviewarchive.ingest.parse.UnparseableTranscriptException;
import org.interviewarchive.support.GeneratedTranscripts;
import org.junit.jupiter.api.Test;

/**
 * Parsing does not recurse on nesting or backtrack on long runs: deep blockquotes and lists, and a separator line of
 * thousands of dashes, are read (or refused with a reason) like any other file, quickly.
 */
class HostileMarkdownTest {

    private static final Duration GENEROUS = Duration.ofSeconds(20);

    private final TranscriptReading reading = new TranscriptReading(new LayoutDetector());

    @Test
    void aSeparatorOfThousandsOfDashesInAGoodTranscriptIsReadAsOne() {
        String text = GeneratedTranscripts.conversation(1, 10) + "-".repeat(3000) + "\n\n"
                + GeneratedTranscripts.conversation(2, 10);
        assertThat(read(text)).isEqualTo("20 quotes");
        assertThat(read(GeneratedTranscripts.conversation(1, 10) + "- ".repeat(3000) + "\n\n"
                + GeneratedTranscripts.conversation(2, 10))).isEqualTo("20 quotes");
        assertThat(read(GeneratedTranscripts.conversation(1, 10) + "|" + "-".repeat(3000) + "|\n\n"
                + GeneratedTranscripts.conversation(2, 10))).isNotEmpty();
    }

    @Test
    void aBlockquoteFiveThousandDeepIsReadOrRefusedWithAReason() {
        String text = GeneratedTranscripts.conversation(3, 6) + ">".repeat(5000) + " deep words here\n\n"
                + "> ".repeat(5000) + " deeper still\n\n" + GeneratedTranscripts.conversation(4, 6);
        assertThat(read(text)).isNotEmpty();
    }

    @Test
    void aListTwoThousandDeepIsReadOrRefusedWithAReason() {
        StringBuilder list = new StringBuilder();
        for (int depth = 0; depth < 2000; depth++) {
            list.append("  ".repeat(depth)).append("- item ").append(depth).append(" of the list\n");
        }
        String text = GeneratedTranscripts.conversation(5, 6) + list + "\n" + GeneratedTranscripts.conversation(6, 6);
        assertThat(read(text)).isNotEmpty();
        assertThat(read("# Notes\n\n" + list + "\n" + "* ".repeat(3000) + "x\n")).isNotEmpty();
    }

    @Test
    void longRunsOfMarkupCharactersAreReadQuickly() {
        for (String run : new String[] {"*".repeat(5000), "_".repeat(5000), "#".repeat(3000) + " x",
                "**" + "a:".repeat(3000), "[".repeat(5000) + "](" + ")".repeat(5000), "![](".repeat(2000),
                "| a ".repeat(3000) + "|", "`".repeat(5000), ":".repeat(5000), "（".repeat(3000) + "）".repeat(3000),
                "# a" + " ".repeat(100_000) + "b", "a" + " ".repeat(100_000) + "b", "- " + " ".repeat(100_000) + "x",
                "塞·".repeat(20_000) + "说", "**" + " ".repeat(100_000) + "x", "1" + " ".repeat(100_000) + "x",
                "0:00" + " ".repeat(100_000), "0:00" + " ".repeat(100_000) + "-", "Ann" + " ".repeat(100_000) + "0:0",
                "Ann (" + " ".repeat(100_000) + "0:00", "[0:00]" + " ".repeat(100_000), "A:" + " ".repeat(100_000),
                "【" + " ".repeat(100_000), "1." + " ".repeat(100_000) + "x", "> " + " ".repeat(100_000) + "x",
                "> 1" + " ".repeat(100_000) + "x", "x" + "\t ".repeat(50_000) + ":", "Speaker" + " 1".repeat(50_000),
                "**a**" + " ".repeat(100_000) + "x", "问" + " ".repeat(100_000) + "x", "- **a" + " ".repeat(100_000)}) {
            assertThat(read(GeneratedTranscripts.conversation(7, 6) + run + "\n\n"
                    + GeneratedTranscripts.conversation(8, 6))).as(run.substring(0, 10)).isNotEmpty();
        }
    }

    /** The quote count, or the reason the file was refused; fails on a crash or when it takes far too long. */
    private String read(String text) {
        Supplier<String> parse = () -> {
            try {
                return reading.read("hostile.md", text.getBytes(StandardCharsets.UTF_8), new ParseContext(Set.of()))
                        .transcript().passages().size() + " quotes";
            } catch (RefusedFileException | UnparseableTranscriptException e) {
                return "refused: " + e.getMessage();
            }
        };
        return assertTimeoutPreemptively(GENEROUS, parse::get);
    }
}
