package org.interviewarchive.reading.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.interviewarchive.support.Http;
import org.interviewarchive.support.SeedArchiveTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Topics across the seeds: the vocabulary's terms in both languages, the notes' glossary, every section. */
class TopicApiTest extends SeedArchiveTest {

    private static final String ARTICLE = "2025-12-22-gemini-leads-pro-distills-flash";

    @Test
    void distillationAndZhengliuAreOneTopicFoundInTheArticle() {
        JsonNode distillation = topic("distillation");
        assertThat(distillation.get("label").asString()).isEqualTo("蒸馏");
        assertThat(distillation.get("kind").asString()).isEqualTo("TERM");
        assertThat(strings(distillation.get("aliases"))).contains("distillation");
        assertThat(strings(distillation.get("interviews"))).containsExactly(ARTICLE);
        assertThat(ids("q=distillation")).isNotEmpty().isEqualTo(ids("q=" + Http.encode("蒸馏")));
    }

    @Test
    void continualLearningIsDiscussedInAtLeastThreeInterviews() {
        assertThat(topic("continual-learning").get("interviews").size()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theNotesGlossaryTermsAreTopicsWithTheQuotesThatMentionThem() {
        for (String term : List.of("MoE", "Chinchilla", "Retro", "TPU", "RLHF", "Gopher", "Anti-Gravity")) {
            JsonNode topic = all().stream()
                    .filter(t -> t.get("label").asString().equalsIgnoreCase(term)
                            || strings(t.get("aliases")).stream().anyMatch(alias -> alias.equalsIgnoreCase(term)))
                    .findFirst().orElseThrow(() -> new AssertionError(term + " is not a topic"));
            JsonNode quotes = http().json("/api/topics/" + topic.get("slug").asString());
            int count = 0;
            for (JsonNode group : quotes.get("interviews")) {
                for (JsonNode quote : group.get("quotes")) {
                    // A hyphen between a form's words is as good as a space: Anti-Gravity is Anti Gravity.
                    String text = (quote.get("text").asString() + " " + quote.get("translation").asString())
                            .toLowerCase(Locale.ROOT).replace('-', ' ');
                    List<String> forms = new ArrayList<>(strings(topic.get("aliases")));
                    forms.add(topic.get("label").asString());
                    assertThat(forms).as("%s in %s", term, text)
                            .anyMatch(form -> text.contains(form.toLowerCase(Locale.ROOT).replace('-', ' ')));
                    count++;
                }
            }
            assertThat(count).as(term).isEqualTo(topic.get("quotes").asInt());
        }
        assertThat(topic("chinchilla").get("quotes").asInt()).isPositive();
    }

    @Test
    void everySectionIsATopicHoldingItsQuotes() {
        JsonNode section = topic("gemini-de-qi-yuan-google-brain-yu-deepmind-de-rong-he");
        assertThat(section.get("kind").asString()).isEqualTo("SECTION");
        assertThat(section.get("label").asString()).isEqualTo("Gemini的起源:Google Brain与Deepmind的融合");
        int inSection = 0;
        for (JsonNode s : http().json("/api/interviews/" + ARTICLE).get("sections")) {
            if (s.get("title").asString().equals(section.get("label").asString())) {
                inSection = s.get("quotes").asInt();
            }
        }
        assertThat(section.get("quotes").asInt()).isPositive().isEqualTo(inSection);
    }

    @Test
    void topicsComeMostTalkedAboutFirst() {
        List<Integer> counts = all().stream().map(topic -> topic.get("quotes").asInt()).toList();
        assertThat(counts).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
    }

    @Test
    void aTopicsQuotesNarrowToASpeaker() {
        JsonNode byJeff = http().json("/api/topics/continual-learning?speaker=jeff-dean");
        assertThat(byJeff.get("interviews")).isNotEmpty();
        for (JsonNode group : byJeff.get("interviews")) {
            for (JsonNode quote : group.get("quotes")) {
                assertThat(quote.get("speaker").get("slug").asString()).isEqualTo("jeff-dean");
            }
        }
        assertThat(http().get("/api/topics/no-such-topic").statusCode()).isEqualTo(404);
    }

    private List<JsonNode> all() {
        List<JsonNode> topics = new ArrayList<>();
        http().json("/api/topics").forEach(topics::add);
        return topics;
    }

    private JsonNode topic(String slug) {
        return all().stream().filter(topic -> topic.get("slug").asString().equals(slug)).findFirst()
                .orElseThrow(() -> new AssertionError("no topic " + slug));
    }

    private List<String> ids(String query) {
        List<String> ids = new ArrayList<>();
        http().json("/api/search?size=100&" + query).get("hits").forEach(hit -> ids.add(hit.get("quote").get("id").asString()));
        return ids;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }
}
