package org.interviewarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.interviewarchive.ingest.parse.Layout;
import org.interviewarchive.ingest.parse.TextDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The layout is chosen by what a text looks like: each seed by its content, whatever its file is called. */
class LayoutDetectorTest {

    private final LayoutDetector detector = new LayoutDetector();

    @ParameterizedTest
    @CsvSource({
            "000_2ada8b3cbe10c4aa.txt, NAME_LINES",
            "001_e52f8c32b2a633ba.txt, LABELLED_TURNS",
            "002_87b538c333257a85.txt, PHRASE_NARRATION",
            "003_493086b1af687c66.txt, BILINGUAL_SUBTITLES",
            "004_9a122047a2b9f6eb.txt, STRUCTURED_NOTES"})
    void eachSeedIsReadAsItsLayoutUnderAnyName(String seed, Layout layout) throws Exception {
        String text = Files.readString(Path.of("seeds", seed));
        assertThat(detector.detect(TextDocument.of(seed, text)).layout()).isEqualTo(layout);
        assertThat(detector.detect(TextDocument.of("transcript.md", text)).layout()).isEqualTo(layout);
    }

    @Test
    void aTextOfNoKnownLayoutIsReadAsPlainText() {
        String prose = "这是一段没有任何发言人标记的普通文章。它讲述了一个故事，然后结束了。".repeat(20);
        assertThat(detector.detect(TextDocument.of("essay.txt", prose)).layout()).isEqualTo(Layout.PLAIN_TEXT);
    }
}
