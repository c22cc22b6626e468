package org.interviewarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.interviewarchive.search.QueryText.FieldValue;
import org.interviewarchive.search.QueryText.Words;
import org.junit.jupiter.api.Test;

class QueryTextTest {

    @Test
    void plainWordsAreAllRequired() {
        assertThat(QueryText.parse("后训练 蒸馏").required())
                .containsExactly(List.of(new Words("后训练")), List.of(new Words("蒸馏")));
    }

    @Test
    void quotesKeepAPhraseWholeInEitherKindOfQuotationMark() {
        assertThat(QueryText.parse("\"scaling law\" “更好的预训练”").required())
                .containsExactly(List.of(new Words("scaling law")), List.of(new Words("更好的预训练")));
    }

    @Test
    void aMinusOrNotExcludes() {
        QueryText text = QueryText.parse("后训练 -Flash NOT Pro -\"vibe coding\"");
        assertThat(text.required()).containsExactly(List.of(new Words("后训练")));
        assertThat(text.excluded()).containsExactly(new Words("Flash"), new Words("Pro"), new Words("vibe coding"));
    }

    @Test
    void orJoinsTheWordsOnEitherSide() {
        assertThat(QueryText.parse("蒸馏 OR distillation 模型").required())
                .containsExactly(List.of(new Words("蒸馏"), new Words("distillation")), List.of(new Words("模型")));
    }

    @Test
    void fieldFiltersTakeQuotedValues() {
        assertThat(QueryText.parse("speaker:布尔若 kind:REPORTED speaker:\"Jeff Dean\"").required()).containsExactly(
                List.of(new FieldValue("speaker", "布尔若")),
                List.of(new FieldValue("kind", "REPORTED")),
                List.of(new FieldValue("speaker", "Jeff Dean")));
    }

    @Test
    void unknownFieldsAndStrayColonsArePlainWords() {
        assertThat(QueryText.parse("http://x.com Gemini: 3:").required())
                .containsExactly(List.of(new Words("http://x.com")), List.of(new Words("Gemini:")), List.of(new Words("3:")));
    }

    @Test
    void brokenSyntaxIsReadAsWordsOrNothing() {
        assertThat(QueryText.parse("AND").isEmpty()).isTrue();
        assertThat(QueryText.parse("(((").isEmpty()).isTrue();
        assertThat(QueryText.parse("\"unclosed phrase").required()).containsExactly(List.of(new Words("unclosed phrase")));
        assertThat(QueryText.parse("OR 蒸馏 OR").required()).containsExactly(List.of(new Words("蒸馏")));
        assertThat(QueryText.parse("- -- \"\"").required()).containsExactly(List.of(new Words("-")));
        assertThat(QueryText.parse(null).isEmpty()).isTrue();
    }

    @Test
    void aPastedEssayIsCutToAFewDozenParts() {
        QueryText text = QueryText.parse("词 ".repeat(1000));
        assertThat(text.required()).hasSize(QueryText.MAX_PARTS);
    }
}
