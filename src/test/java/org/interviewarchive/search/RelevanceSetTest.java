package org.interviewarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.interviewarchive.support.Http;
import org.interviewarchive.support.SeedArchiveTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A small relevance set over the seeds: the key terms and related quotes that must and must not appear. Key terms are
 * content words that tell an interview apart; related quotes share distinctive words or a topic, not common words.
 */
class RelevanceSetTest extends SeedArchiveTest {

    /** Function words and fillers readers saw as key terms, and the word every seed uses. */
    private static final List<String> NEVER_KEY_TERMS =
            List.of("感到", "拥有", "这项", "当下", "极其", "叠加", "模型", "make", "是的", "如此");

    @Test
    void keyTermsAreDistinctiveContentWordsOfEachInterview() {
        assertKeyTerms("2025-12-22-gemini-leads-pro-distills-flash", "蒸馏", "Flash");
        assertKeyTerms("2024-12-23-oriol-vinyals-drastic-research", "神经元");
        assertKeyTerms("2025-12-18-sebastian-borgeaud-gemini-3-pretraining", "Retro", "MoE");
        assertKeyTerms("best-partners-gemini-3-pretraining-borgeaud", "品味");
        assertKeyTerms("release-notes-koray-kavukcuoglu-how-we-build-agi", "Banana");
    }

    @Test
    void aQuoteSharingOnlyCommonWordsHasNoRelatedQuotesFromAnotherLife() {
        JsonNode related = http().json("/api/quotes/" + quoteContaining("这是一个崭新的世界") + "/related");

        assertThat(texts(related)).noneMatch(text -> text.contains("荷兰") || text.contains("瑞士") || text.contains("小学"));
    }

    @Test
    void theNarratorsAccountOfBorgeaudsYouthIsRelatedToTheNotesOnIt() {
        JsonNode related = http().json("/api/quotes/" + quoteContaining("他出生在荷兰") + "/related");

        assertThat(texts(related)).anyMatch(text -> text.contains("出生于荷兰"));
        assertThat(related.get(0).get("interview").get("slug").asString())
                .isEqualTo("2025-12-18-sebastian-borgeaud-gemini-3-pretraining");
    }

    private void assertKeyTerms(String interview, String... mustHave) {
        List<String> terms = new ArrayList<>();
        http().json("/api/interviews/" + interview + "/key-terms").forEach(term -> terms.add(term.asString()));

        assertThat(terms).as(interview).hasSize(10).contains(mustHave)
                .doesNotContainAnyElementsOf(NEVER_KEY_TERMS)
                .allMatch(term -> term.codePointCount(0, term.length()) >= 2);
    }

    private String quoteContaining(String words) {
        JsonNode hits = http().json("/api/search?q=" + Http.encode("\"" + words + "\"")).get("hits");
        assertThat(hits.size()).as(words).isPositive();
        return hits.get(0).get("quote").get("id").asString();
    }

    private static List<String> texts(JsonNode quotes) {
        List<String> texts = new ArrayList<>();
        quotes.forEach(quote -> texts.add(quote.get("text").asString()));
        return texts;
    }
}
