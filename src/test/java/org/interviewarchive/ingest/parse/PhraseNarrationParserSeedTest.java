package org.interviewarchive.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Seed 002: a channel's narration of an interview, one phrase per line. */
class PhraseNarrationParserSeedTest {

    private static final String SEED = "002_87b538c333257a85.txt";
    private static final ParseContext REGISTRY = new ParseContext(
            Set.of("布尔若", "塞巴斯蒂安·布尔若", "奥雷尔·维尼", "Sebastian Boro", "Oriol Vinyals", "Speaker 0"));

    private static TextDocument document;
    private static Transcript transcript;

    @BeforeAll
    static void parse() throws IOException {
        document = TextDocument.of(SEED, Files.readString(Path.of("seeds", SEED)));
        transcript = new PhraseNarrationParser().parse(document, REGISTRY);
    }

    @Test
    void theChannelIntroducesItselfAsNarratorAndSource() {
        assertThat(transcript.layout()).isEqualTo(Layout.PHRASE_NARRATION);
        assertThat(transcript.participants()).containsExactly(
                new Participant("最佳拍档", Role.NARRATOR), new Participant("布尔若", Role.GUEST));
        assertThat(transcript.metadata()).isEqualTo(
                new TranscriptMetadata(null, "最佳拍档", null, null, null, null, null));
        Passage first = transcript.passages().getFirst();
        assertThat(first.text()).startsWith("大家好，这里是最佳拍档，今天，我们来聊Google Gemini 3模型背后的故事，");
        assertThat(first.kind()).isEqualTo(QuoteKind.NARRATION);
        assertThat(first.speaker()).isEqualTo("最佳拍档");
    }

    @Test
    void narrationAndReportsAlternateInTurns() {
        List<Passage> passages = transcript.passages();
        assertThat(passages).hasSize(40);
        assertThat(passages).filteredOn(p -> p.kind() == QuoteKind.NARRATION).hasSize(20)
                .allSatisfy(p -> assertThat(p.speaker()).isEqualTo("最佳拍档"));
        assertThat(passages).filteredOn(p -> p.kind() == QuoteKind.REPORTED).hasSize(20)
                .allSatisfy(p -> assertThat(p.speaker()).isIn("布尔若", "塞巴斯蒂安·布尔若"));
        assertThat(passages).extracting(Passage::kind).containsOnly(QuoteKind.NARRATION, QuoteKind.REPORTED);
        assertThat(passages.getLast().turn()).isEqualTo(23);
        for (int i = 1; i < passages.size(); i++) {
            Passage before = passages.get(i - 1);
            Passage after = passages.get(i);
            boolean changes = before.kind() != after.kind() || !before.speaker().equals(after.speaker());
            assertThat(after.turn()).isEqualTo(before.turn() + (changes ? 1 : 0));
        }
        assertThat(transcript.sections()).isEmpty();
        assertThat(passages).allSatisfy(p -> assertThat(p.section()).isEqualTo(-1));
        assertThat(passages).allSatisfy(p -> assertThat(p.lang()).isEqualTo("zh"));
    }

    @Test
    void aReportingClauseOpensAReport() {
        assertThat(passageWith("布尔若表示大部分的对齐工作是在后续训练阶段进行的"))
                .satisfies(p -> assertThat(p.kind()).isEqualTo(QuoteKind.REPORTED))
                .satisfies(p -> assertThat(p.speaker()).isEqualTo("布尔若"))
                .satisfies(p -> assertThat(p.text()).startsWith("关于对齐问题，布尔若表示"));
        // the pronoun stands for the person named a line before
        assertThat(passageWith("他认为，如今的研究品味很难量化").kind()).isEqualTo(QuoteKind.REPORTED);
        assertThat(passageWith("他认为，如今的研究品味很难量化").text()).startsWith("他认为，");
        // a question put to the guest, answered by a reporting clause
        assertThat(passageWith("当被问到人工智能领域是不是存在过度投资时").kind()).isEqualTo(QuoteKind.REPORTED);
    }

    @Test
    void aListGoesOnReportingButANewTopicReturnsToTheNarrator() {
        Passage first = passageWith("首先，研究不能是孤立的");
        Passage second = passageWith("其次，要对复杂性保持着警惕");
        assertThat(second.text()).startsWith("其次，");
        assertThat(second.kind()).isEqualTo(QuoteKind.REPORTED);
        assertThat(second.turn()).isEqualTo(first.turn());
        assertThat(passageWith("除此之外，研究品味还包括一种直觉").kind()).isEqualTo(QuoteKind.NARRATION);
        assertThat(passageWith("在对话中，主持人还提到了DeepThink").kind()).isEqualTo(QuoteKind.NARRATION);
        assertThat(passageWith("他就是 Gemini 3项目的预训练负责人").kind()).isEqualTo(QuoteKind.NARRATION);
    }

    @Test
    void aPassiveMentionIsNoReport() {
        Passage passive = passageWith("其中评估工作被布尔若认为是非常重要");
        assertThat(passive.text()).startsWith("说到团队，");
        assertThat(passive.kind()).isEqualTo(QuoteKind.NARRATION);
        assertThat(transcript.passages()).noneSatisfy(p -> assertThat(p.text()).startsWith("其中评估工作"));
    }

    @Test
    void theNarrationEndsWithTheSignOff() {
        Passage last = transcript.passages().getLast();
        assertThat(last.text()).endsWith("感谢收看本期视频，我们下期再见。");
        assertThat(last.kind()).isEqualTo(QuoteKind.NARRATION);
    }

    @Test
    void passagesAreParagraphsOfReadableLength() {
        List<Integer> lengths = transcript.passages().stream().map(p -> Lines.length(p.text())).toList();
        assertThat(lengths).allSatisfy(length -> assertThat(length).isBetween(35, 297));
        assertThat(lengths).contains(35, 297);
        assertThat(transcript.passages()).allSatisfy(p -> assertThat(p.text())
                .doesNotContain("\n", "，，", "，。", "。。")
                .contains("，")
                .endsWith("。"));
    }

    @Test
    void everyLineIsKeptInOrder() {
        String passages = String.join("", transcript.passages().stream().map(Passage::text).toList());
        String lines = String.join("", document.nonBlankLines());
        assertThat(withoutJoiningPunctuation(passages)).isEqualTo(withoutJoiningPunctuation(lines));
    }

    private static String withoutJoiningPunctuation(String text) {
        return text.replaceAll("[，。\\s]", "");
    }

    private static Passage passageWith(String text) {
        List<Passage> matching = transcript.passages().stream().filter(p -> p.text().contains(text)).toList();
        assertThat(matching).as("passages containing %s", text).hasSize(1);
        return matching.getFirst();
    }
}
