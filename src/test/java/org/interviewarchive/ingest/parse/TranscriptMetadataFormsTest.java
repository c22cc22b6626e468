package org.interviewarchive.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What a labelled transcript says about itself: front matter, a title line, a chapter list, headings. */
class TranscriptMetadataFormsTest {

    private static Transcript parse(String text) {
        return new LabelledTurnsParser().parse(TextDocument.of("episode.md", text), ParseContext.empty());
    }

    private static final String TURNS = """
            Ann Lee: Welcome to the show, it is good to have you with us.

            Bo Chen: Thanks, it is good to be here at last.

            Ann Lee: Let us talk about the new release first.

            Bo Chen: Sure, there is a lot to say about it.
            """;

    @Test
    void frontMatterGivesTitleDateAndLinksAndIsNoOnesWords() {
        Transcript transcript = parse("""
                ---
                layout: post
                title: "Episode 12: The new release"
                date: 2024-03-05 10:00:00 +0000
                permalink: https://example.org/episodes/12
                audio: https://cdn.example.org/episode-12.mp3
                tags:
                  - ai
                ---
                """ + TURNS);

        TranscriptMetadata metadata = transcript.metadata();
        assertThat(metadata.title()).isEqualTo("Episode 12: The new release");
        assertThat(metadata.date()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(metadata.sourceUrl()).isEqualTo("https://example.org/episodes/12");
        assertThat(metadata.mediaUrl()).isEqualTo("https://cdn.example.org/episode-12.mp3");
        assertThat(metadata.summary()).isNull();
        assertThat(transcript.passages()).hasSize(4);
    }

    @Test
    void aShortFirstLineIsTheTitleAndTheProseAfterItTheSummary() {
        Transcript transcript = parse("""
                The new release, explained

                In this episode Ann talks with Bo about what changed.

                """ + TURNS);

        assertThat(transcript.metadata().title()).isEqualTo("The new release, explained");
        assertThat(transcript.metadata().summary()).isEqualTo("In this episode Ann talks with Bo about what changed.");
    }

    @Test
    void aTitleKeyNamesTheInterview() {
        Transcript transcript = parse("标题：一次关于大模型的对话\n\n" + TURNS);

        assertThat(transcript.metadata().title()).isEqualTo("一次关于大模型的对话");
        assertThat(transcript.metadata().summary()).isNull();
    }

    @Test
    void aChapterListBecomesTimedSectionsThatQuotesFallUnder() {
        Transcript transcript = parse("""
                # The new release

                00:00 Welcome
                01:00 The release

                Ann Lee (00:05): Welcome to the show, it is good to have you with us.

                Bo Chen (00:20): Thanks, it is good to be here at last.

                Ann Lee (01:10): Let us talk about the new release first.

                Bo Chen (01:30): Sure, there is a lot to say about it.
                """);

        assertThat(transcript.sections()).extracting(Section::title, Section::startSeconds)
                .containsExactly(tuple("Welcome", 0), tuple("The release", 60));
        assertThat(transcript.passages()).extracting(Passage::section).containsExactly(0, 0, 1, 1);
        assertThat(transcript.metadata().summary()).isNull();
    }

    @Test
    void headingsAndBoldLinesBetweenTurnsOpenSections() {
        Transcript transcript = parse("""
                # The new release

                ## Part one

                Ann Lee: Welcome to the show, it is good to have you with us.

                Bo Chen: Thanks, it is good to be here at last.

                **Part two**

                Ann Lee: Let us talk about the new release first.

                Bo Chen: Sure, there is a lot to say about it.
                """);

        assertThat(transcript.metadata().title()).isEqualTo("The new release");
        assertThat(transcript.sections()).extracting(Section::title).containsExactly("Part one", "Part two");
        assertThat(transcript.passages()).extracting(Passage::section).containsExactly(0, 0, 1, 1);
    }
}
