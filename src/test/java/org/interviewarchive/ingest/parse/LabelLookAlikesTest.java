package org.interviewarchive.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lines that start like a label but are not one: a colon inside a sentence, an address, a time, a table of
 * contents, a list of keys and values. A text made of them has no speakers.
 */
class LabelLookAlikesTest {

    private static final ParseContext NO_NAMES = ParseContext.empty();

    private static TurnLabels labels(String text) {
        return TurnLabels.find(TextDocument.of("sample.txt", text).lines(), NO_NAMES);
    }

    @Test
    void aColonInsideSentencesIsPunctuation() {
        TurnLabels found = labels("""
                注意：这一段只是作者的提醒，不是谁说的话。
                这里继续是正文，讲了一些训练数据的事情。

                Note: the figures below come from the second run of the experiment.
                We ran it again a week later and the numbers held.

                他说：我们还会继续做下去。
                她说：那就好。

                比如：数据、算力和算法，这三件事缺一不可。
                """);
        assertThat(found.isEmpty()).isTrue();
    }

    @Test
    void addressesAndTimesAreNotNames() {
        TurnLabels found = labels("""
                https://example.org/episode/12 has the recording.
                http://example.org/notes has the notes.
                10:30 we met in the lobby.
                12:45 lunch, then more talks until late.
                2:00 the last session started.
                """);
        assertThat(found.isEmpty()).isTrue();
    }

    @Test
    void aTableOfContentsWithTimesIsNoConversation() {
        TurnLabels found = labels("""
                00:00 Intro
                02:15 How the team started
                10:40 Training data
                25:10 What comes next
                """);
        assertThat(found.isEmpty()).isTrue();
    }

    @Test
    void aListOfKeysAndValuesIsMetadata() {
        TurnLabels found = labels("""
                Title: A conversation about models
                Date: 2025-01-02
                Host: somebody
                Location: Berlin
                Duration: 45 minutes
                Tags: ai, research
                """);
        assertThat(found.isEmpty()).isTrue();
    }

    @Test
    void aOneOffBoldLeadInIsEmphasis() {
        TurnLabels found = labels("""
                **范式转变**：从无限数据到数据约束。

                **短期工作**：改进模型，提升效率。

                **长期目标**：让模型真正理解世界。
                """);
        assertThat(found.isEmpty()).isTrue();
    }

    @Test
    void aTextMadeOfLookAlikesIsReadAsPlainTextWithoutSpeakers() {
        String text = """
                # 读书笔记

                注意：这些笔记是我自己整理的，不代表任何人的观点。

                第一章讲的是数据。作者认为，数据是一切的基础：没有好的数据，就没有好的模型。

                第二章讲的是算力。比如：一张显卡能做什么，一千张又能做什么。
                """;
        TextDocument document = TextDocument.of("notes.md", text);
        assertThat(new LabelledTurnsParser().recognise(document)).isLessThan(40);
        Transcript transcript = new PlainTextParser().parse(document, NO_NAMES);
        assertThat(transcript.metadata().title()).isEqualTo("读书笔记");
        assertThat(transcript.participants()).isEmpty();
        assertThat(transcript.passages()).extracting(Passage::speaker).containsOnlyNulls();
        assertThat(transcript.passages()).extracting(Passage::text).contains(
                "第一章讲的是数据。作者认为，数据是一切的基础：没有好的数据，就没有好的模型。");
    }

    @Test
    void aLabelSpellingUsedOnceOrByOneNameAloneMakesNoConversation() {
        assertThat(labels("Ann Lee: Hello there, how are you doing today?\nAnd the rest of the story follows here.\n")
                .isEmpty()).isTrue();
        assertThat(labels(String.join("\n", List.of("【开源免费】一个工具。", "【开源免费】另一个工具。",
                "【开源免费】第三个工具。"))).isEmpty()).isTrue();
    }
}
