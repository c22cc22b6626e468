package org.interviewarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ArchiveAnalyzerTest {

    private static final ArchiveAnalyzer ANALYZER = new ArchiveAnalyzer();

    @AfterAll
    static void close() {
        ANALYZER.close();
    }

    @Test
    void traditionalCharactersAreFoldedToSimplifiedBeforeSegmentation() throws IOException {
        assertThat(tokens("蒸餾")).isEqualTo(tokens("蒸馏")).containsExactly("蒸馏");
        assertThat(tokens("持續學習")).isEqualTo(tokens("持续学习"));
    }

    @Test
    void englishWordsAreLowerCasedStemmedAndStopWordsDropped() throws IOException {
        assertThat(tokens("The Frontiers")).containsExactly("frontier");
        assertThat(tokens("Scaling Laws")).containsExactly("scale", "law");
    }

    @Test
    void englishInsideChineseTextIsFoundByItsWords() throws IOException {
        assertThat(tokens("混合专家（MoE）架构的 Transformer 模型")).contains("moe", "transform", "模型");
    }

    @Test
    void punctuationIsNotAToken() throws IOException {
        assertThat(tokens("，。！？“”")).isEmpty();
    }

    private static List<String> tokens(String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = ANALYZER.tokenStream(SearchFields.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }
}
