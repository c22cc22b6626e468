package org.interviewarchive.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A transliterated name's ends found in running Chinese text. */
class TransliteratedNamesTest {

    @Test
    void aNameEndsWhereTheTransliterationCharactersEnd() {
        assertThat(TransliteratedNames.in("Gemini的联合负责人奥雷尔·维尼在发布时曾经表示"))
                .containsExactly(new TransliteratedNames.Name("奥雷尔·维尼", "维尼"));
        assertThat(TransliteratedNames.in("今天我们来聊一聊约翰·史密斯这位研究者"))
                .containsExactly(new TransliteratedNames.Name("约翰·史密斯", "史密斯"));
        assertThat(TransliteratedNames.in("他就是\n塞巴斯蒂安·布尔若\n作为研究者"))
                .containsExactly(new TransliteratedNames.Name("塞巴斯蒂安·布尔若", "布尔若"));
    }

    @Test
    void aNameEndsBeforeTheWordsThatFollowNames() {
        assertThat(TransliteratedNames.in("约翰·史密斯特别强调了这一点"))
                .containsExactly(new TransliteratedNames.Name("约翰·史密斯", "史密斯"));
        assertThat(TransliteratedNames.in("塞巴斯蒂安·布尔若表示"))
                .containsExactly(new TransliteratedNames.Name("塞巴斯蒂安·布尔若", "布尔若"));
        assertThat(TransliteratedNames.in("马丁·路德·金认为"))
                .containsExactly(new TransliteratedNames.Name("马丁·路德·金", "金"));
    }
}
