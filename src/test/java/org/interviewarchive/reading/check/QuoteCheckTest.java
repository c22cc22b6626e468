package org.interviewarchive.reading.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.interviewarchive.support.Http;
import org.interviewarchive.support.SemanticArchiveTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * "Did they really say this?": sentences from each seed are found verbatim whatever their script and punctuation;
 * a changed word makes a close match with the difference shown; a paraphrase finds quotes of similar meaning; a
 * report is flagged as not the speaker's own words; words said nowhere are not found.
 */
class QuoteCheckTest extends SemanticArchiveTest {

    @Test
    void aSentenceFromEachSeedIsFoundVerbatimWithItsSpeaker() {
        assertVerbatim("再配合通过蒸馏得到的、轻量但能力依然很强的模型", "h59xrkgavx", "jeff-dean");
        assertVerbatim("预训练需要模仿所有可用的数据，但这些数据并不是无限的", "f858082qzf", "oriol-vinyals");
        assertVerbatim("合成数据很有趣，必须非常谨慎地使用，因为很容易用错。", "zmkxmmwdrs", "sebastian-borgeaud");
        assertVerbatim("代码就是这一切的基础,它能与生活中的几乎所有事物实现整合", "cdapcwx1yn", "koray-kavukcuoglu");
        JsonNode reported = assertVerbatim("使用时必须非常谨慎，因为很容易误用", "sa1jhrhgd9", "sebastian-borgeaud");
        assertThat(reported.get("quote").get("kind").asString()).isEqualTo("REPORTED");
        assertThat(reported.get("ownWords").asBoolean()).isFalse();
    }

    @Test
    void traditionalCharactersAndOtherPunctuationChangeNothing() {
        assertVerbatim("合成數據很有趣 必須非常謹慎地使用!因為很容易用錯", "zmkxmmwdrs", "sebastian-borgeaud");
        assertVerbatim("預訓練需要模仿所有可用的數據——但這些數據並不是無限的！", "f858082qzf", "oriol-vinyals");
        assertVerbatim("已經有不少人試用了ＧＥＭＩＮＩ３ＦＬＡＳＨ，並對模型進行了測試", "rw8mz969y9", "logan-kilpatrick");
    }

    @Test
    void anEnglishRenderingFindsTheBilingualQuote() {
        JsonNode result = check("I'm very excited about the progress. I'm excited about the research.");
        assertThat(result.get("verdict").asString()).isEqualTo("VERBATIM");
        assertThat(result.get("matches").get(0).get("quote").get("speaker").get("slug").asString())
                .isEqualTo("koray-kavukcuoglu");
    }

    @Test
    void oneWordChangedIsCloseWithTheDifferenceShown() {
        JsonNode result = check("合成数据很有趣，必须非常小心地使用，因为很容易用错。");
        assertThat(result.get("verdict").asString()).isEqualTo("CLOSE");
        JsonNode match = result.get("matches").get(0);
        assertThat(match.get("quote").get("id").asString()).isEqualTo("zmkxmmwdrs");
        List<String> changes = new ArrayList<>();
        match.get("words").forEach(word -> changes.add(word.get("change").asString() + ":" + word.get("text").asString()));
        assertThat(changes).contains("ONLY_QUOTE:谨慎", "ONLY_ASKED:小心").contains("SAME:合成");
    }

    @Test
    void aParaphraseFindsQuotesOfSimilarMeaning() {
        JsonNode result = check("用大模型自己造出来的数据去训练，要特别当心，很容易出问题");
        assertThat(result.get("verdict").asString()).isEqualTo("SIMILAR_MEANING");
        List<String> texts = new ArrayList<>();
        result.get("matches").forEach(match -> texts.add(match.get("quote").get("text").asString()));
        assertThat(texts).anyMatch(text -> text.contains("合成数据"));
    }

    @Test
    void wordsInSeveralInterviewsNameTheEarliest() {
        JsonNode result = check("合成数据");
        assertThat(result.get("verdict").asString()).isEqualTo("VERBATIM");
        assertThat(result.get("earliest").get("date").asString()).isEqualTo("2024-12-23");
        assertThat(result.get("earliest").get("quote").get("interview").get("slug").asString())
                .startsWith("2024-12-23");
    }

    @Test
    void aSentenceSaidNowhereIsNotFound() {
        assertThat(check("明天下午三点在火车站门口见面").get("verdict").asString()).isEqualTo("NOT_FOUND");
        assertThat(check("好的").get("verdict").asString()).isEqualTo("NOT_FOUND");
    }

    @Test
    void theCheckPageShowsTheVerdictTheDifferencesAndThePermalink() {
        Document page = http().html("/check?q=" + Http.encode("合成数据很有趣，必须非常小心地使用，因为很容易用错。"));
        assertThat(page.select("#verdict").text()).startsWith("相近");
        assertThat(page.select(".check-diff del").eachText()).contains("谨慎");
        assertThat(page.select(".check-diff ins").eachText()).contains("小心");
        assertThat(page.select(".check-match .permalink").first().attr("href")).isEqualTo("/q/zmkxmmwdrs");
        Document reported = http().html("/check?q=" + Http.encode("使用时必须非常谨慎，因为很容易误用"));
        assertThat(reported.select(".check-match .not-own-words").first().text()).isEqualTo("不是本人原话（转述或摘要）");
        assertThat(http().html("/check").select("form.check-form textarea[name=q]")).hasSize(1);
    }

    private JsonNode assertVerbatim(String sentence, String id, String speaker) {
        JsonNode result = check(sentence);
        assertThat(result.get("verdict").asString()).as(sentence).isEqualTo("VERBATIM");
        JsonNode match = result.get("matches").get(0);
        assertThat(match.get("quote").get("id").asString()).as(sentence).isEqualTo(id);
        assertThat(match.get("quote").get("speaker").get("slug").asString()).isEqualTo(speaker);
        assertThat(match.get("quote").get("url").asString()).isEqualTo("/q/" + id);
        return match;
    }

    private JsonNode check(String sentence) {
        return http().json("/api/check?q=" + Http.encode(sentence));
    }
}
