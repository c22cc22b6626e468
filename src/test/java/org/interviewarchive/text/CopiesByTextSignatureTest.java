package org.interviewarchive.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A transcript's signature tells a copy from another text: the same words in another width, case or punctuation are
 * the same text, a copy with a few words changed is nearly the same, and another interview is not.
 */
class CopiesByTextSignatureTest {

    @Test
    void widthCaseSpacingAndPunctuationDoNotCount() {
        TextSignature plain = TextSignature.of("Gemini 2.5 Pro，是目前最强的模型。");
        TextSignature other = TextSignature.of("ＧＥＭＩＮＩ  2.5  pro —— 是目前最强的模型!");

        assertThat(other.hash()).isEqualTo(plain.hash());
        assertThat(other.similarity(plain)).isEqualTo(1.0);
    }

    @Test
    void aCopyWithAFewWordsChangedIsNearlyTheSame() throws IOException {
        String seed = seed(0);
        String edited = seed.replaceFirst("模型", "系统").replaceFirst("训练", "学习");
        TextSignature original = TextSignature.of(seed);

        assertThat(TextSignature.of(edited).hash()).isNotEqualTo(original.hash());
        assertThat(TextSignature.of(edited).similarity(original)).isGreaterThan(0.9);
    }

    @Test
    void anotherInterviewIsNotACopy() throws IOException {
        assertThat(TextSignature.of(seed(0)).similarity(TextSignature.of(seed(1)))).isLessThan(0.2);
    }

    @Test
    void aLongTextsSketchIsFullAndInAscendingOrder() throws IOException {
        List<Long> hashes = Arrays.stream(TextSignature.of(seed(0)).sketch().split(","))
                .map(hex -> Long.parseUnsignedLong(hex, 16)).toList();

        assertThat(hashes).hasSize(TextSignature.SKETCH_SIZE).isSortedAccordingTo(Long::compareUnsigned);
    }

    private static String seed(int index) throws IOException {
        try (var files = Files.list(Path.of("seeds"))) {
            Path file = files.filter(path -> path.getFileName().toString().matches("\\d{3}_.*\\.txt"))
                    .sorted().toList().get(index);
            return Files.readString(file);
        }
    }
}
