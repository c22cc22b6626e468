package org.interviewarchive.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BilingualSubtitlesParserTest {

    private static final BilingualSubtitlesParser PARSER = new BilingualSubtitlesParser();

    private static Transcript parse(String text) {
        return PARSER.parse(TextDocument.of("sample.txt", text), ParseContext.empty());
    }

    private static String block(String label, String... lines) {
        return label + "\n\n" + String.join("\n\n", lines) + "\n\n";
    }

    /** Six one-block turns of ten English words each, alternating two speakers. */
    private static String sixEvenTurns() {
        return IntStream.range(0, 6)
                .mapToObj(i -> block("Speaker " + i % 2, "第" + i + "句。", "one two three four five six seven eight nine ten."))
                .collect(Collectors.joining());
    }

    @Test
    void joinsConsecutiveBlocksOfOneSpeakerIntoOneTurn() {
        Transcript transcript = parse(block("Speaker 0", "你好。", "Hello.")
                + block("Speaker 0", "欢迎来到节目。", "Welcome to the show.")
                + block("Speaker 1", "谢谢。", "Thanks."));

        assertThat(transcript.passages()).containsExactly(
                new Passage("Speaker 0", 1, -1, QuoteKind.DIRECT, "你好。欢迎来到节目。", "zh", "Hello. Welcome to the show.", "en"),
                new Passage("Speaker 1", 2, -1, QuoteKind.DIRECT, "谢谢。", "zh", "Thanks.", "en"));
        assertThat(transcript.sections()).isEmpty();
    }

    @Test
    void acceptsLetteredAndChineseLabelsAndUnknownSpeakersInOrder() {
        Transcript transcript = parse(block("Speaker B", "你好。", "Hi.")
                + block("Speaker A", "你好呀。", "Hello there.")
                + block("说话人 3", "大家好。", "Hello all."));

        assertThat(transcript.participants()).extracting(Participant::name)
                .containsExactly("Speaker B", "Speaker A", "说话人 3");
        assertThat(transcript.passages()).extracting(Passage::speaker)
                .containsExactly("Speaker B", "Speaker A", "说话人 3");
    }

    @Test
    void aSingleLanguageBlockGivesWhatThereIsInItsOwnLanguage() {
        Transcript transcript = parse(block("Speaker 0", "我们开始吧。", "Let's start.")
                + block("Speaker 1", "at,")
                + block("Speaker 0", "嗯。"));

        assertThat(transcript.passages()).extracting(Passage::text, Passage::lang, Passage::translation)
                .containsExactly(
                        tuple("我们开始吧。", "zh", "Let's start."),
                        tuple("at,", "en", null),
                        tuple("嗯。", "zh", null));
    }

    @Test
    void keepsEnglishOnlyBlocksOfATurnInItsTranslation() {
        Transcript transcript = parse(block("Speaker 0", "好的。", "Okay.") + block("Speaker 0", "right?"));

        assertThat(transcript.passages()).singleElement().satisfies(passage -> {
            assertThat(passage.text()).isEqualTo("好的。");
            assertThat(passage.translation()).isEqualTo("Okay. right?");
        });
    }

    @Test
    void skipsPageArtifactsAndStopsAtTheSiteFooter() {
        Transcript transcript = parse(block("Speaker 0", "第一句。", "First line.", "展开剩余字幕(还有 12 条)")
                + block("Speaker 1", "最后一句。", "Last line.", "关于本站", "下载我们的 App,收听更多播客。"));

        assertThat(transcript.passages()).extracting(Passage::text).containsExactly("第一句。", "最后一句。");
        assertThat(transcript.passages()).extracting(Passage::translation).containsExactly("First line.", "Last line.");
    }

    @Test
    void splitsALongTurnAtBlockBoundariesKeepingEachLanguageWithItsBlocks() {
        String chinese = "这".repeat(119) + "。";
        String turn = IntStream.range(0, 5).mapToObj(i -> block("Speaker 0", chinese, "Sentence " + i + "."))
                .collect(Collectors.joining());

        List<Passage> passages = parse(turn).passages();

        // 600 characters: two passages of about 300, cut where a block ends.
        assertThat(passages).hasSize(2).allSatisfy(passage -> assertThat(passage.turn()).isEqualTo(1));
        assertThat(passages).extracting(Passage::translation)
                .containsExactly("Sentence 0. Sentence 1. Sentence 2.", "Sentence 3. Sentence 4.");
        assertThat(passages.getLast().text()).isEqualTo(chinese + chinese);
    }

    @Test
    void placesPassagesInChaptersByTheirShareOfTheSpokenWords() {
        String header = "节目 - 标题 封面\n\n标题\n\n本集简介\n\n一段介绍。章节: 0:00 - 开场 1:00 - 中段 2:00 - 结尾\n\n";

        Transcript transcript = parse(header + sixEvenTurns());

        assertThat(transcript.sections()).containsExactly(
                new Section("开场", 0), new Section("中段", 60), new Section("结尾", 120));
        // 180 s estimated (last start plus an average chapter); each turn starts 30 s after the one before.
        assertThat(transcript.passages()).extracting(Passage::section).containsExactly(0, 0, 1, 1, 2, 2);
    }

    @Test
    void aStatedLengthTakesPrecedenceOverTheEstimate() {
        String header = "节目 - 标题 封面\n\n标题\n\n节目时长: 6:00\n\n一段介绍。章节: 0:00 - 开场 1:00 - 中段 2:00 - 结尾\n\n";

        Transcript transcript = parse(header + sixEvenTurns());

        assertThat(transcript.metadata().durationSeconds()).isEqualTo(360);
        assertThat(transcript.passages()).extracting(Passage::section).containsExactly(0, 1, 2, 2, 2, 2);
    }

    @Test
    void aOneChapterProgrammeHoldsEveryPassage() {
        Transcript transcript = parse("节目 - 标题\n\n介绍:0:00 - 全部内容\n\n" + sixEvenTurns());

        assertThat(transcript.sections()).containsExactly(new Section("全部内容", 0));
        assertThat(transcript.passages()).extracting(Passage::section).containsOnly(0);
    }

    @Test
    void readsTitleSourceMediaLinkAndSummaryFromTheHeader() {
        String header = "Some Show - 一期节目的标题 封面\n\n一期节目的标题\n\nAn Episode Title\n\n本集简介\n\n"
                + "这是一段介绍,讲了很多事情。 观看链接:https://youtu.be/abc123 章节: 0:00 - 开场 3:15 - 正题\n\n双语字幕\n\n";

        TranscriptMetadata metadata = parse(header + block("Speaker 0", "你好。", "Hi.")).metadata();

        assertThat(metadata.title()).isEqualTo("一期节目的标题");
        assertThat(metadata.source()).isEqualTo("Some Show");
        assertThat(metadata.mediaUrl()).isEqualTo("https://youtu.be/abc123");
        assertThat(metadata.summary()).isEqualTo("这是一段介绍,讲了很多事情。");
    }

    @Test
    void readsWindowsLineEndings() {
        Transcript transcript = parse((block("Speaker 0", "你好。", "Hello.") + block("Speaker 1", "再见。", "Bye."))
                .replace("\n", "\r\n"));

        assertThat(transcript.passages()).extracting(Passage::translation).containsExactly("Hello.", "Bye.");
    }

    @Test
    void refusesTextWithoutSpeakerLabelsOrWithoutSubtitles() {
        assertThatThrownBy(() -> parse("只是一段文字。\n\nJust some text."))
                .isInstanceOf(UnparseableTranscriptException.class).hasMessageContaining("sample.txt");
        assertThatThrownBy(() -> parse("Speaker 0\n\nSpeaker 1\n\n"))
                .isInstanceOf(UnparseableTranscriptException.class).hasMessageContaining("no subtitle text");
    }

    @Test
    void recognisesLabelledBlocksAndNotProse() {
        assertThat(PARSER.recognise(TextDocument.of("a.txt", sixEvenTurns()))).isGreaterThanOrEqualTo(60);
        assertThat(PARSER.recognise(TextDocument.of("b.txt", "主持人\n\n你好。\n\nSpeaker 0 said hello.\n\n"))).isZero();
    }
}
