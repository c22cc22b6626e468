package org.interviewarchive.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoilerplatePromotionTest {

    @Test
    void recognisesReadingTimeNotesAndCallsToFollow() {
        assertThat(Boilerplate.isPromotion("全文12,600 字，阅读约需23分钟")).isTrue();
        assertThat(Boilerplate.isPromotion("本文约3000字，预计阅读8分钟")).isTrue();
        assertThat(Boilerplate.isPromotion("阅读时间约 5 分钟")).isTrue();
        assertThat(Boilerplate.isPromotion("**（关注公众号并设为🌟标，获取最新人工智能资讯和产品）**")).isTrue();
        assertThat(Boilerplate.isPromotion("点击上方蓝字关注我们")).isTrue();
        assertThat(Boilerplate.isPromotion("6 min read")).isTrue();
    }

    @Test
    void leavesSpeechAlone() {
        assertThat(Boilerplate.isPromotion("大家都在关注模型的规模。")).isFalse();
        assertThat(Boilerplate.isPromotion("我读了这篇文章，用了五分钟。")).isFalse();
        assertThat(Boilerplate.isPromotion("Follow the data, not the hype.")).isFalse();
    }
}
