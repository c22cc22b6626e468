package org.interviewarchive.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Only web addresses from transcripts become links a reader can follow; scripts and data never do. */
class ExternalLinksTest {

    @Test
    void webAddressesPass() {
        assertThat(ExternalLinks.http("https://www.youtube.com/watch?v=fXtna7UrL44")).isEqualTo("https://www.youtube.com/watch?v=fXtna7UrL44");
        assertThat(ExternalLinks.http(" HTTP://mp.weixin.qq.com/s?__biz=Mzg5NTc4ODkzOA==#rd ")).isEqualTo("HTTP://mp.weixin.qq.com/s?__biz=Mzg5NTc4ODkzOA==#rd");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<script>x</script>",
            "vbscript:x", "//evil.example/x", "/local/path", "https://", "not a url", ""})
    void anythingElseIsNoLink(String url) {
        assertThat(ExternalLinks.http(url)).isNull();
    }
}
