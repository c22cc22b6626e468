package org.interviewarchive.reading.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.interviewarchive.support.SeedArchiveTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The notes' headings and table cells are structure, not quotes; a host the notes never quote is shown as the host,
 * never as someone with "0 quotes".
 */
class WhatIsNotAQuoteTest extends SeedArchiveTest {

    private static final String NOTES = "2025-12-18-sebastian-borgeaud-gemini-3-pretraining";

    @Test
    void noHeadingOrTableCellOfTheNotesIsAQuote() throws Exception {
        Set<String> texts = new HashSet<>();
        for (JsonNode quote : http().json("/api/interviews/" + NOTES).get("quotes")) {
            texts.add(quote.get("text").asString().strip());
        }
        for (String line : Files.readAllLines(Path.of("seeds", "004_9a122047a2b9f6eb.txt"))) {
            if (line.startsWith("#")) {
                assertThat(texts).as("the heading %s", line).doesNotContain(line.replaceFirst("^#+\\s*", "").strip());
            }
            if (line.startsWith("|")) {
                for (String cell : line.replaceAll("^\\||\\|$", "").split("\\|")) {
                    assertThat(texts).as("a cell of %s", line).doesNotContain(cell.replace("*", "").strip());
                }
            }
        }
        assertThat(texts).doesNotContain("后训练团队", "服务团队");
    }

    @Test
    void aHostWithoutQuotesIsShownAsTheHost() {
        Document home = http().html("/");
        Element matt = home.select(".speaker-list li").stream()
                .filter(item -> item.selectFirst("a").text().equals("Matt Turk")).findFirst().orElseThrow();
        assertThat(matt.selectFirst(".count").text()).isEqualTo("主持人");

        Document speakers = http().html("/speakers");
        assertThat(speakers.select(".profile .count").eachText()).noneMatch(count -> count.startsWith("0 "));
        Document page = http().html("/speakers/matt-turk");
        assertThat(page.selectFirst(".meta .count").text()).isEqualTo("主持人");
        assertThat(page.text()).doesNotContain("0 条引语");
    }
}
