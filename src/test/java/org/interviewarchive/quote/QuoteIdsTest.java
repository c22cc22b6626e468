package org.interviewarchive.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteIdsTest {

    @Test
    void idsAreShortUrlSafeAndTheSameEveryTime() {
        List<String> first = QuoteIds.assign("an-interview", List.of("真正的“秘密”就是:更好的预训练。", "对，这就是秘密。"));
        List<String> again = QuoteIds.assign("an-interview", List.of("真正的“秘密”就是:更好的预训练。", "对，这就是秘密。"));
        assertThat(first).isEqualTo(again).doesNotHaveDuplicates();
        assertThat(first).allMatch(id -> id.matches("[0-9a-hjkmnp-tv-z]{10}"));
    }

    @Test
    void punctuationSpacingAndCaseDoNotChangeAnId() {
        assertThat(QuoteIds.assign("i", List.of("We are just getting there.")))
                .isEqualTo(QuoteIds.assign("i", List.of("we are  just getting there")));
        assertThat(QuoteIds.assign("i", List.of("对，这就是秘密。"))).isEqualTo(QuoteIds.assign("i", List.of("对,这就是秘密")));
    }

    @Test
    void theSameTextInAnotherInterviewOrSaidTwiceGetsItsOwnId() {
        List<String> twice = QuoteIds.assign("i", List.of("是的。", "非常感谢。", "是的。"));
        assertThat(twice).doesNotHaveDuplicates();
        assertThat(QuoteIds.assign("other", List.of("是的。"))).doesNotContainAnyElementsOf(twice);
    }

    @Test
    void aChangedWordChangesTheId() {
        assertThat(QuoteIds.assign("i", List.of("更好的预训练")))
                .isNotEqualTo(QuoteIds.assign("i", List.of("更好的后训练")));
    }
}
