package org.interviewarchive.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinesTest {

    @Test
    void joinsChineseWithoutSpacesAndLatinWordsWithOne() {
        assertThat(Lines.join(List.of("现在有了“电脑”（electric", "brain），接下来")))
                .isEqualTo("现在有了“电脑”（electric brain），接下来");
        assertThat(Lines.join(List.of("但你们已经做出的一些选择显然是成功的，比如 Gemini", "的能力")))
                .isEqualTo("但你们已经做出的一些选择显然是成功的，比如 Gemini的能力");
        assertThat(Lines.join(List.of("Speaker one said,", "then left."))).isEqualTo("Speaker one said, then left.");
    }

    @Test
    void tellsSentenceEndsAndPunctuation() {
        assertThat(Lines.endsSentence("这真的非常有趣。")).isTrue();
        assertThat(Lines.endsSentence("真正的“秘密”就是:更好的预训练,加上更好的后训练")).isFalse();
        assertThat(Lines.hasPunctuation("drastic思维突破增量改进的限制放大镜效应")).isFalse();
    }
}
