package org.interviewarchive.ingest.parse;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Seed 000: a web article with each speaker's name alone on a line. */
class NameLinesParserSeedTest {

    private static final String SEED = "000_2ada8b3cbe10c4aa.txt";
    private static final String TITLE =
            "Gemini负责人:Pro的主要作用是蒸馏Flash!最大突破空间在后训练;Noam、Jeff Dean:持续学习是重要改进方向";

    private static final NameLinesParser PARSER = new NameLinesParser();
    private static Transcript transcript;

    @BeforeAll
    static void parseSeed() throws IOException {
        transcript = PARSER.parse(seed(SEED), ParseContext.empty());
    }

    private static TextDocument seed(String name) throws IOException {
        return TextDocument.of(name, Files.readString(Path.of("seeds", name)));
    }

    private static List<Passage> passages() {
        return transcript.passages();
    }

    private static Passage passageStartingWith(String start) {
        return passages().stream().filter(passage -> passage.text().startsWith(start)).findFirst().orElseThrow();
    }

    /**
     * SPEC.md says 42 turns with Noam 6, which is what a search for the name followed by at most a plain space
     * finds. The text has a seventh Noam label, "Noam Shazeer" followed by a no-break space, before his answer
     * "我先说说代码吧。…": that is a turn of its own, so the text has 43.
     */
    @Test
    void countsTurnsPerSpeaker() {
        Map<String, Long> turns = passages().stream()
                .map(passage -> Map.entry(passage.turn(), passage.speaker()))
                .distinct()
                .collect(groupingBy(Map.Entry::getValue, LinkedHashMap::new, counting()));

        assertThat(turns).containsExactly(
                Map.entry("Logan Kilpatrick", 13L),
                Map.entry("Jeff Dean", 13L),
                Map.entry("Oriol Vinyals", 10L),
                Map.entry("Noam Shazeer", 7L));
        assertThat(passages().getLast().turn()).isEqualTo(43);
        assertThat(passageStartingWith("我先说说代码吧。").speaker()).isEqualTo("Noam Shazeer");
    }

    @Test
    void numbersTurnsInReadingOrderWithConsecutiveParagraphsSharingOne() {
        assertThat(passages()).extracting(Passage::turn).isSorted();
        assertThat(passages().subList(0, 3)).extracting(Passage::speaker, Passage::turn).containsExactly(
                tuple("Logan Kilpatrick", 1),
                tuple("Logan Kilpatrick", 1),
                tuple("Jeff Dean", 2));
        assertThat(passages()).hasSize(148);
    }

    @Test
    void namesTheFourSpeakersAsParticipantsInOrderOfAppearance() {
        assertThat(transcript.participants()).extracting(Participant::name)
                .containsExactly("Logan Kilpatrick", "Jeff Dean", "Oriol Vinyals", "Noam Shazeer");
    }

    @Test
    void findsTheSevenSectionHeadingsInOrder() {
        assertThat(transcript.sections()).extracting(Section::title).containsExactly(
                "Gemini的起源:Google Brain与Deepmind的融合",
                "如何看待产品与模型的关系",
                "目前最大的突破空间在后训练",
                "代码、推理和数学已经被“击穿”,下一步是开放式任务",
                "Flash版本:相比智能,速度快也很重要",
                "模型并不缺“聪明”,缺的是“持续学习”",
                "总结:多模态进展、超长上下文、通用模型能力提升");
        assertThat(passages().getFirst().section()).isZero();
        assertThat(passageStartingWith("我先来吧。").section()).isEqualTo(2);
        assertThat(passageStartingWith("太完美的结尾了。").section()).isEqualTo(6);
        assertThat(passages()).extracting(Passage::text)
                .doesNotContainAnyElementsOf(transcript.sections().stream().map(Section::title).toList());
    }

    @Test
    void keepsAOneLineTurnWithoutPunctuationAsJeffDeansWords() {
        Passage secret = passageStartingWith("真正的“秘密”");

        assertThat(secret.text()).isEqualTo("真正的“秘密”就是:更好的预训练,加上更好的后训练");
        assertThat(secret.speaker()).isEqualTo("Jeff Dean");
        assertThat(secret.turn()).isEqualTo(8);
        assertThat(passages()).filteredOn(passage -> passage.turn() == 8).hasSize(1);
    }

    @Test
    void keepsEachBulletListWithTheParagraphThatIntroducesIt() {
        assertThat(passageStartingWith("于是我发起了 Pathways 项目").text()).isEqualTo("""
                于是我发起了 Pathways 项目,其核心目标是:
                • 一个模型,能泛化到数百万个任务
                • 能处理多模态输入和输出
                • 模型不是完全稠密的,而是稀疏激活的""");
        assertThat(passageStartingWith("于是我发起了").speaker()).isEqualTo("Jeff Dean");
        assertThat(passages()).filteredOn(passage -> passage.text().contains("\n•")).hasSize(6);
        assertThat(passages()).noneMatch(passage -> passage.text().startsWith("•"));
    }

    @Test
    void leavesTheIntroductionToTheSummaryAndOutOfThePassages() {
        String summary = transcript.metadata().summary();

        assertThat(summary).startsWith("2025年底,最令人印象深刻的AI圈大事莫过于Gemini 3 Flash的发布。")
                .endsWith("小编翻译并整理了整期对话实录,有不少有价值的信息,enjoy!")
                .doesNotContain(TITLE, "AITNT", "热门搜索", "6639点击");
        assertThat(summary.lines()).hasSize(18);
        assertThat(passages().getFirst().text()).startsWith("已经有不少人试用了 Gemini 3 Flash");
        assertThat(passages()).noneMatch(passage -> passage.text().contains("小编翻译"));
    }

    @Test
    void neverTakesTheRecurringTitleForAPassageOrAHeading() {
        assertThat(passages()).noneMatch(passage -> passage.text().contains(TITLE));
        assertThat(transcript.sections()).extracting(Section::title).doesNotContain(TITLE);
    }

    @Test
    void quotesNothingFromTheEndOfTheArticleOn() {
        assertThat(passages().getLast().text()).startsWith("也感谢大家的收听");
        assertThat(passages()).noneMatch(passage -> passage.text().contains("文章到这里就结束了")
                || passage.text().contains("参考链接")
                || passage.text().contains("51CTO")
                || passage.text().contains("项目地址")
                || passage.text().contains("AITNT"));
    }

    @Test
    void readsTitleDateAndSourceFromTheArticle() {
        TranscriptMetadata metadata = transcript.metadata();

        assertThat(metadata.title()).isEqualTo(TITLE);
        assertThat(metadata.date()).isEqualTo(LocalDate.of(2025, 12, 22));
        assertThat(metadata.source()).isEqualTo("51CTO技术栈");
        assertThat(metadata.sourceUrl()).isNull();
        assertThat(metadata.mediaUrl()).isNull();
        assertThat(metadata.durationSeconds()).isNull();
    }

    @Test
    void storesEveryPassageAsDirectChineseWithoutTranslation() {
        assertThat(transcript.layout()).isEqualTo(Layout.NAME_LINES);
        assertThat(passages()).allSatisfy(passage -> {
            assertThat(passage.kind()).isEqualTo(QuoteKind.DIRECT);
            assertThat(passage.lang()).isEqualTo("zh");
            assertThat(passage.translation()).isNull();
        });
        assertThat(transcript.glossary()).isEmpty();
    }
}
