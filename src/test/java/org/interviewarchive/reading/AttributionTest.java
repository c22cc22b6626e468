package org.interviewarchive.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.interviewarchive.support.Http;
import org.interviewarchive.support.SeedArchiveTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Only DIRECT quotes are presented as the person's own words: the narrator's retellings in seed 002 and the notes'
 * summaries in seed 004 are named by who wrote them, then whom they are about, on every page, in the API, in the
 * export and in link previews.
 */
class AttributionTest extends SeedArchiveTest {

    private static final String RETOLD = "best-partners-gemini-3-pretraining-borgeaud";
    private static final String NOTES = "2025-12-18-sebastian-borgeaud-gemini-3-pretraining";
    private static final String NARRATOR = "由 最佳拍档 转述";
    private static final String NOTES_BY = "摘自 Crazy Podcast 的笔记";

    @Test
    void theReadingViewNamesARetellingByItsNarratorAndNotesByTheirSource() {
        Document retold = http().html("/interviews/" + RETOLD);
        assertEveryRunIsUnderABylineOfItsKind(retold);
        assertThat(bylines(retold, "REPORTED")).isNotEmpty()
                .allSatisfy(byline -> assertThat(byline.text()).isEqualTo(NARRATOR + "，关于 Sebastian Borgeaud"));

        Document notes = http().html("/interviews/" + NOTES);
        assertEveryRunIsUnderABylineOfItsKind(notes);
        assertThat(bylines(notes, "SUMMARY")).isNotEmpty()
                .allSatisfy(byline -> assertThat(byline.text()).startsWith(NOTES_BY));
        assertThat(bylines(notes, "DIRECT")).extracting(Element::text).containsOnly("Sebastian Borgeaud");
    }

    @Test
    void aRetoldQuotesPageTitlePreviewAndCaptionNameTheNarratorFirst() {
        String id = firstOfKind(RETOLD, "REPORTED");
        Document page = http().html("/q/" + id);

        assertNotAuthoredByThePerson(page);
        assertThat(page.selectFirst(".quote-main figcaption").text()).isEqualTo(NARRATOR + "，关于 Sebastian Borgeaud");
        assertThat(page.title()).startsWith(NARRATOR).doesNotStartWith("Sebastian Borgeaud");
        assertThat(page.selectFirst("meta[property=og:description]").attr("content")).startsWith(NARRATOR);
        assertThat(page.selectFirst("meta[property=og:title]").attr("content")).doesNotStartWith("Sebastian Borgeaud");
    }

    @Test
    void aSummarysPageNamesTheNotesNotThePerson() {
        Document page = http().html("/q/" + firstOfKind(NOTES, "SUMMARY"));

        assertNotAuthoredByThePerson(page);
        assertThat(page.selectFirst(".quote-main figcaption").text()).startsWith(NOTES_BY);
        assertThat(page.selectFirst("meta[property=og:description]").attr("content")).startsWith(NOTES_BY);
    }

    @Test
    void theSpeakersPageShowsTheirOwnWordsFirstAndRetellingsAndNotesInLabelledGroups() {
        Document page = http().html("/speakers/sebastian-borgeaud");

        assertNotAuthoredByThePerson(page);
        List<Element> cards = page.select(".quote-card");
        List<String> kinds = cards.stream().map(card -> card.selectFirst(".byline").attr("data-kind")).toList();
        int own = kinds.lastIndexOf("DIRECT");
        assertThat(kinds.subList(0, own + 1)).containsOnly("DIRECT");
        assertThat(kinds.subList(own + 1, kinds.size())).containsOnly("REPORTED", "SUMMARY").isSortedAccordingTo(String::compareTo);
        assertThat(page.select("section.retold .quote-card .byline")).extracting(byline -> byline.attr("data-kind"))
                .containsOnly("REPORTED");
        assertThat(page.select("section.notes .quote-card .byline")).extracting(byline -> byline.attr("data-kind"))
                .containsOnly("SUMMARY");
        assertThat(page.selectFirst("#retold-heading").text()).contains("转述");
        assertThat(page.selectFirst("#notes-heading").text()).contains("摘要");
    }

    @Test
    void theSpeakerApiServesOwnWordsRetellingsAndNotesApart() {
        JsonNode speaker = http().json("/api/speakers/sebastian-borgeaud");

        assertThat(kindsIn(speaker.get("interviews"))).containsOnly("DIRECT");
        assertThat(kindsIn(speaker.get("retold"))).containsOnly("REPORTED");
        assertThat(kindsIn(speaker.get("notes"))).containsOnly("SUMMARY");
        JsonNode retold = speaker.get("retold").get(0).get("quotes").get(0);
        assertThat(retold.get("narrator").get("name").asString()).isEqualTo("最佳拍档");
        assertThat(speaker.get("notes").get(0).get("quotes").get(0).get("notesSource").asString()).isEqualTo("Crazy Podcast");
    }

    @Test
    void aQuoteInTheApiSaysWhoRetellsItOrWhoseNotesWordIt() {
        JsonNode retold = http().json("/api/quotes/" + firstOfKind(RETOLD, "REPORTED"));
        assertThat(retold.get("kind").asString()).isEqualTo("REPORTED");
        assertThat(retold.get("speaker").get("name").asString()).isEqualTo("Sebastian Borgeaud");
        assertThat(retold.get("narrator").get("slug").asString()).isEqualTo(
                http().json("/api/interviews/" + RETOLD).get("speakers").get(0).get("slug").asString());

        JsonNode notes = http().json("/api/quotes/" + firstOfKind(NOTES, "SUMMARY"));
        assertThat(notes.get("notesSource").asString()).isEqualTo("Crazy Podcast");
        assertThat(notes.get("narrator").isNull()).isTrue();
    }

    @Test
    void aSpeakerSearchListsOwnWordsFirstThenRetellingsThenNotesUnderLabels() {
        Document page = http().html("/search?q=" + Http.encode("speaker:布尔若") + "&size=100");

        assertNotAuthoredByThePerson(page);
        List<String> kinds = page.select(".hit .byline").eachAttr("data-kind");
        assertThat(kinds).contains("DIRECT", "REPORTED", "SUMMARY");
        assertThat(kinds.indexOf("REPORTED")).isGreaterThan(kinds.lastIndexOf("DIRECT"));
        assertThat(kinds.indexOf("SUMMARY")).isGreaterThan(kinds.lastIndexOf("REPORTED"));
        assertThat(page.select(".hit-group").eachText()).containsExactly("本人原话", "他人转述", "笔记摘要");
    }

    @Test
    void searchHitsAndTopicPagesNeverNameThePersonAsTheAuthorOfARetelling() {
        assertNotAuthoredByThePerson(http().html("/search?q=" + Http.encode("预训练") + "&size=100"));
        assertNotAuthoredByThePerson(http().html("/topics/pre-training"));
        assertNotAuthoredByThePerson(http().html("/q/" + firstOfKind(RETOLD, "NARRATION")));
    }

    @Test
    void theMarkdownExportHeadsRetellingsByTheNarrator() {
        String markdown = http().get("/interviews/" + RETOLD + "/export.md").body();

        assertThat(markdown).contains("**" + NARRATOR + "，关于 Sebastian Borgeaud**")
                .doesNotContain("**Sebastian Borgeaud**");
        assertThat(http().get("/interviews/" + NOTES + "/export.md").body()).contains("**" + NOTES_BY);
    }

    /** No retelling or summary stands under the person's name as its author. */
    private static void assertNotAuthoredByThePerson(Document page) {
        List<Element> notOwn = new ArrayList<>(bylines(page, "REPORTED"));
        notOwn.addAll(bylines(page, "SUMMARY"));
        assertThat(notOwn).allSatisfy(byline -> {
            assertThat(byline.select(".speaker-name")).isEmpty();
            assertThat(byline.selectFirst(".attribution")).isNotNull();
        });
    }

    /** Each quote of a reading view stands under the byline of the run it starts, of its own kind. */
    private static void assertEveryRunIsUnderABylineOfItsKind(Document page) {
        String bylineKind = null;
        for (Element quote : page.select(".transcript .quote")) {
            Element byline = quote.selectFirst(".speaker .byline");
            if (byline != null) {
                bylineKind = byline.attr("data-kind");
            }
            assertThat(bylineKind).as("the byline over %s", quote.id()).isEqualTo(quote.attr("data-kind"));
        }
    }

    private static List<Element> bylines(Document page, String kind) {
        return page.select(".byline[data-kind=" + kind + "]");
    }

    private String firstOfKind(String interview, String kind) {
        for (JsonNode quote : http().json("/api/interviews/" + interview).get("quotes")) {
            if (quote.get("kind").asString().equals(kind)) {
                return quote.get("id").asString();
            }
        }
        throw new AssertionError("no " + kind + " quote in " + interview);
    }

    private static List<String> kindsIn(JsonNode groups) {
        List<String> kinds = new ArrayList<>();
        groups.forEach(group -> group.get("quotes").forEach(quote -> kinds.add(quote.get("kind").asString())));
        return kinds;
    }
}
