package org.interviewarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The folding table gives what ICU's transliterator gives, words and all, without changing a text's length. */
class SimplifiedFoldingTest {

    private final SimplifiedFolding folding = new SimplifiedFolding();
    private final Transliterator icu = Transliterator.getInstance("Traditional-Simplified");
    private final Transliterator toTraditional = Transliterator.getInstance("Simplified-Traditional");

    @Test
    void charactersAreFoldedOneForOne() {
        assertThat(folding.fold("蒸餾與持續學習")).isEqualTo("蒸馏与持续学习");
        assertThat(folding.fold("Gemini 3 Pro，蒸馏。")).isEqualTo("Gemini 3 Pro，蒸馏。");
    }

    @Test
    void wordsThatIcuFoldsAsWholesAreFoldedAsIcuDoes() {
        assertThat(folding.fold("著名的模型")).isEqualTo(icu.transliterate("著名的模型")).startsWith("著名");
        assertThat(folding.fold("看著模型")).isEqualTo(icu.transliterate("看著模型")).isEqualTo("看着模型");
        assertThat(folding.fold("你在做甚麼")).isEqualTo("你在做什么");
        assertThat(folding.fold("剩餘的算力")).isEqualTo(icu.transliterate("剩餘的算力"));
    }

    @Test
    void theSeedsFoldExactlyAsIcuFoldsThem() throws IOException {
        List<String> lines;
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            lines = seeds.filter(Files::isRegularFile).filter(file -> !file.toString().endsWith(".yml"))
                    .flatMap(SimplifiedFoldingTest::lines).toList();
        }
        assertThat(lines).hasSizeGreaterThan(100);
        for (String line : lines) {
            String traditional = toTraditional.transliterate(line);
            assertThat(folding.fold(line)).as(line).isEqualTo(icu.transliterate(line));
            assertThat(folding.fold(traditional)).as(traditional).isEqualTo(icu.transliterate(traditional))
                    .hasSameSizeAs(traditional);
        }
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
