package org.interviewarchive.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StructuredNotesParserSeedTest {

    private static final String SEED = "004_9a122047a2b9f6eb.txt";
    private static final String GUEST = "Sebastian Boro";
    private static final StructuredNotesParser PARSER = new StructuredNotesParser();
    private static Transcript transcript;

    @BeforeAll
    static void parseSeed() throws IOException {
        transcript = PARSER.parse(seed(SEED), ParseContext.empty());
    }

    private static TextDocument seed(String name) throws IOException {
        return TextDocument.of(name, Files.readString(Path.of("seeds", name)));
    }

    private static List<Passage> ofKind(QuoteKind kind) {
        return transcript.passages().stream().filter(passage -> passage.kind() == kind).toList();
    }

    private static GlossaryTerm term(String term) {
        return transcript.glossary().stream().filter(entry -> entry.term().equals(term)).findFirst().orElseThrow();
    }

    @Test
    void theHostAndTheGuestComeFromTheMetadataTable() {
        assertThat(transcript.participants())
                .containsExactly(new Participant("Matt Turk", Role.HOST), new Participant(GUEST, Role.GUEST));
    }

    @Test
    void readsTheMetadata() {
        TranscriptMetadata metadata = transcript.metadata();
        assertThat(metadata.title()).isEqualTo("Gemini 3 发展与 AI 团队实践深度访谈");
        assertThat(metadata.source()).isEqualTo("Crazy Podcast");
        assertThat(metadata.sourceUrl()).isEqualTo("https://www.bilibili.com/video/BV1sCqqBuESy");
        assertThat(metadata.mediaUrl()).isEqualTo("https://www.bilibili.com/video/BV1sCqqBuESy");
        assertThat(metadata.date()).isEqualTo(LocalDate.of(2025, 12, 18));
        assertThat(metadata.durationSeconds()).isNull();
    }

    @Test
    void theSectionsAreTheContentHeadingsIncludingTheKeyQuotes() {
        assertThat(transcript.sections()).extracting(Section::title).containsExactly(
                "核心观点与预测", "Gemini 3 的核心秘密", "AI 研究的现状与未来", "Gemini 3 的架构设计",
                "预训练数据与 Scaling Law", "Sebastian Boro 的个人背景", "研究团队的组织与管理", "研究品味与方法论",
                "合成数据与数据约束", "长上下文与模型架构创新", "AI 代理与 Agentic 应用", "持续学习与未来方向",
                "对初创公司和研究者的建议", "关键语录");
        assertThat(transcript.passages()).allSatisfy(passage -> assertThat(passage.section()).isBetween(0, 13));
    }

    @Test
    void the20BlockquotesGive19DirectQuotesAllTheGuests() {
        List<Passage> quotes = ofKind(QuoteKind.DIRECT);
        assertThat(quotes).hasSize(19).allSatisfy(quote -> {
            assertThat(quote.speaker()).isEqualTo(GUEST);
            assertThat(quote.text()).doesNotStartWith("“").doesNotEndWith("”").doesNotStartWith(GUEST);
        });
        assertThat(quotes).extracting(Passage::turn).doesNotHaveDuplicates();
        assertThat(quotes).filteredOn(quote -> quote.section() == 13).hasSize(7);
    }

    @Test
    void aQuoteRepeatedInTheKeyQuotesIsStoredOnceWhereItFirstAppears() {
        assertThat(transcript.passages()).filteredOn(passage -> passage.text().startsWith("如果我对自己诚实的话"))
                .singleElement().satisfies(quote -> {
                    assertThat(quote.text()).isEqualTo("如果我对自己诚实的话，我觉得我们已经超越了我认为可能的范围。");
                    assertThat(quote.section()).isEqualTo(2);
                });
        assertThat(ofKind(QuoteKind.DIRECT).getFirst().text()).isEqualTo("从我的角度来看，这确实相当普遍。");
    }

    @Test
    void theViewpointTableGivesSevenSummariesByThePersonItNames() {
        List<Passage> views = ofKind(QuoteKind.SUMMARY).stream().filter(passage -> GUEST.equals(passage.speaker())).toList();
        assertThat(views).hasSize(7).allSatisfy(view -> {
            assertThat(view.section()).isZero();
            assertThat(view.turn()).isEqualTo(1);
        });
        assertThat(views.getFirst().text())
                .isEqualTo("AI 进展已超出预期 — 2019-2020年开始做语言模型研究时，没想到能达到今天的规模和能力");
    }

    @Test
    void bulletsAreUnattributedSummariesAndSubBulletsStayWithTheirParent() {
        assertThat(ofKind(QuoteKind.SUMMARY)).filteredOn(passage -> passage.speaker() == null).hasSize(104);
        assertThat(transcript.passages()).extracting(Passage::text).contains(
                "不存在单一的重大突破：Gemini 3 的进步是多个小改进的组合和大型团队协作的结果",
                "基准测试：\n测试越来越难\n即使是计算机科学背景的人，有些问题也需要花很长时间回答\n但存在对过拟合和”刷榜”的担忧",
                "2018 年加入 DeepMind：\n硕士期间有一位导师也是 DeepMind 研究员\n课程结束时主动请求推荐信\n获得面试机会并加入");
    }

    @Test
    void aTeamNamedWithoutWhatItDoesIsNoSummary() {
        assertThat(transcript.passages()).extracting(Passage::text)
                .contains("预训练团队：负责模型和数据", "基础设施团队：非常重要，常被低估")
                .doesNotContain("后训练团队", "服务团队");
    }

    @Test
    void summariesUnderOneSubheadingShareATurnAndAQuoteIsATurnOfItsOwn() {
        List<Passage> secret = transcript.passages().stream().filter(passage -> passage.section() == 1).toList();
        assertThat(secret).extracting(Passage::turn).containsExactly(2, 3, 4, 4, 4, 5, 5, 5);
        assertThat(secret).extracting(Passage::kind).containsExactly(QuoteKind.SUMMARY, QuoteKind.DIRECT,
                QuoteKind.SUMMARY, QuoteKind.SUMMARY, QuoteKind.SUMMARY, QuoteKind.SUMMARY, QuoteKind.SUMMARY,
                QuoteKind.SUMMARY);
    }

    @Test
    void theGlossaryHas17TermsAndIsNotQuoted() {
        assertThat(transcript.glossary()).hasSize(17);
        assertThat(term("MoE").aliases()).containsExactly("Mixture of Experts");
        assertThat(term("MoE").explanation()).isEqualTo("混合专家架构");
        assertThat(term("持续学习").aliases()).containsExactly("Continuous Learning");
        assertThat(term("TPU").aliases()).containsExactly("Tensor Processing Unit");
        assertThat(term("RLHF").aliases()).containsExactly("Reinforcement Learning from Human Feedback");
        assertThat(term("Chinchilla").aliases()).isEmpty();
        assertThat(term("Retro").explanation()).isEqualTo("DeepMind 的检索增强模型项目");
        assertThat(term("Transformer").aliases()).isEmpty();
        assertThat(transcript.passages()).noneSatisfy(passage -> assertThat(passage.text()).startsWith("Mixture of Experts"));
    }

    @Test
    void noBoilerplateBecomesAPassage() {
        assertThat(transcript.passages()).extracting(Passage::text)
                .noneMatch(text -> text.contains("about:blank") || text.contains("文档生成时间") || text.contains("视频链接")
                        || text.contains("**") || text.contains("搬运UP主"));
    }
}
