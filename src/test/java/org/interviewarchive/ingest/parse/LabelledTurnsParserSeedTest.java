package org.interviewarchive.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Seed 001: a WeChat article converted to markdown, with {@code **Name：**} labels and hard-wrapped lines. */
class LabelledTurnsParserSeedTest {

    private static final String SEED = "001_e52f8c32b2a633ba.txt";
    private static final String HOST = "主持人";
    private static final String NAMED_HOST = "主持人Hannah Fry";
    private static final String GUEST = "Oriol Vinyals";

    private static Transcript transcript;

    @BeforeAll
    static void parseSeed() throws IOException {
        TextDocument document = TextDocument.of(SEED, Files.readString(Path.of("seeds", SEED)));
        transcript = new LabelledTurnsParser().parse(document, ParseContext.empty());
    }

    private static List<Passage> passages() {
        return transcript.passages();
    }

    private static Passage passageContaining(String fragment) {
        return passages().stream().filter(passage -> passage.text().contains(fragment)).findFirst().orElseThrow();
    }

    @Test
    void has68TurnsSplitEvenlyBetweenHostAndGuest() {
        Map<Integer, Set<String>> speakersByTurn = passages().stream()
                .collect(Collectors.groupingBy(Passage::turn, Collectors.mapping(Passage::speaker, Collectors.toSet())));
        assertThat(speakersByTurn).hasSize(68).allSatisfy((turn, speakers) -> assertThat(speakers).hasSize(1));
        assertThat(passages().getLast().turn()).isEqualTo(68);

        Map<String, Long> turnsBySpeaker = speakersByTurn.values().stream()
                .map(speakers -> speakers.iterator().next())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(turnsBySpeaker).containsOnly(Map.entry(HOST, 33L), Map.entry(NAMED_HOST, 1L), Map.entry(GUEST, 34L));
    }

    @Test
    void turnsAlternateFromTheNamedHostsWelcome() {
        Passage first = passages().getFirst();
        assertThat(first.speaker()).isEqualTo(NAMED_HOST);
        assertThat(first.turn()).isEqualTo(1);
        assertThat(first.section()).isEqualTo(-1);
        assertThat(first.text()).isEqualTo("欢迎回来，Oriol，很高兴再次和你交流！");
        assertThat(passages().get(1).speaker()).isEqualTo(GUEST);
        assertThat(passages().get(1).text()).isEqualTo("你好，谢谢你再次邀请我。");
        assertThat(passages()).filteredOn(passage -> passage.turn() > 1)
                .allSatisfy(passage -> assertThat(passage.speaker()).isEqualTo(passage.turn() % 2 == 0 ? GUEST : HOST));
    }

    @Test
    void hasTheEightSectionsAsWrittenWithoutMarkers() {
        assertThat(transcript.sections()).extracting(Section::title).containsExactly(
                "一、“Drastic Research”项目",
                "二、模型实现自主决策",
                "三、数据、算力和模型规模",
                "四、多模态模型",
                "五、模型推理能力",
                "六、AI具备系统1和2能力",
                "七、模型无限记能力",
                "八、无限接近通用智能");
        assertThat(transcript.sections()).allSatisfy(section -> assertThat(section.startSeconds()).isNull());
    }

    @Test
    void placesEveryPassageUnderItsHeading() {
        Map<Integer, Long> passagesBySection = passages().stream()
                .collect(Collectors.groupingBy(Passage::section, Collectors.counting()));
        assertThat(passagesBySection).containsOnly(
                Map.entry(-1, 2L), Map.entry(0, 10L), Map.entry(1, 8L), Map.entry(2, 9L), Map.entry(3, 8L),
                Map.entry(4, 7L), Map.entry(5, 5L), Map.entry(6, 12L), Map.entry(7, 10L));
        assertThat(passageContaining("在我们开始之前，你能介绍一下").section()).isZero();
        assertThat(passageContaining("你觉得我们离 AGI（通用人工智能）还有多远").section()).isEqualTo(7);
    }

    @Test
    void joinsWrappedLinesIntoWholeParagraphs() {
        assertThat(passages()).hasSize(71);
        assertThat(passages()).noneSatisfy(passage -> assertThat(passage.text()).contains("\n"));
        assertThat(passageContaining("（electric brain）").text())
                .contains("现在有了“电脑”（electric brain），接下来是赋予它一个“数字身体”。");
        assertThat(passageContaining("“Gemini 1.5 Flash”").speaker()).isEqualTo(GUEST);
        assertThat(passageContaining("比如 Gemini的能力和智能代理功能").speaker()).isEqualTo(HOST);
    }

    @Test
    void dropsTheStrayColonAfterALabel() {
        Passage passage = passageContaining("这让我想起了2019年");
        assertThat(passage.text()).startsWith("这让我想起了2019年我和 Demis 谈话时的一个话题。");
        assertThat(passage.speaker()).isEqualTo(HOST);
        assertThat(passage.section()).isEqualTo(5);
    }

    @Test
    void keepsTheParagraphsOfOneTurnUnderOneTurnNumber() {
        Map<Integer, Long> paragraphsPerTurn = passages().stream()
                .collect(Collectors.groupingBy(Passage::turn, Collectors.counting()));
        paragraphsPerTurn.values().removeIf(count -> count == 1);
        assertThat(paragraphsPerTurn).containsOnly(Map.entry(22, 2L), Map.entry(40, 2L), Map.entry(46, 2L));
        Passage second = passageContaining("第三种记忆模式可以称为“工作记忆”");
        assertThat(second.turn()).isEqualTo(passageContaining("现在确实有一些技术可以应用到语言模型中").turn());
        assertThat(second.speaker()).isEqualTo(GUEST);
    }

    @Test
    void endsWithTheLastAnswer() {
        Passage last = passages().getLast();
        assertThat(last.speaker()).isEqualTo(GUEST);
        assertThat(last.text()).isEqualTo("谢谢，我也很高兴参与。");
        assertThat(passages()).noneSatisfy(passage -> assertThat(passage.text())
                .containsAnyOf("往期回顾", "drastic思维突破", "打破传统认知", "实战派AI团队", "联系负责人",
                        "原视频链接", "素材来源", "END"));
    }

    @Test
    void everyPassageIsDirectChineseSpeech() {
        assertThat(passages()).allSatisfy(passage -> {
            assertThat(passage.kind()).isEqualTo(QuoteKind.DIRECT);
            assertThat(passage.lang()).isEqualTo(Languages.CHINESE);
            assertThat(passage.translation()).isNull();
        });
    }

    @Test
    void namesTheHostFromTheRoleLabelAndTheOtherSpeakerAsGuest() {
        assertThat(transcript.participants()).containsExactly(
                new Participant("Hannah Fry", Role.HOST),
                new Participant(GUEST, Role.GUEST));
    }

    @Test
    void takesTheMetadataFromTheHeaderAndTheFooter() {
        TranscriptMetadata metadata = transcript.metadata();
        assertThat(metadata.title()).isEqualTo("与谷歌Gemini核心负责人对话：数据即将耗尽，AI下一阶段的突破口在哪里？");
        assertThat(metadata.date()).isEqualTo(LocalDate.of(2024, 12, 23));
        assertThat(metadata.source()).isEqualTo("AI深度研究员");
        assertThat(metadata.sourceUrl()).startsWith("http://mp.weixin.qq.com/s?__biz=Mzg5NTc4ODkzOA==&mid=2247494927")
                .endsWith("#rd");
        assertThat(metadata.mediaUrl())
                .isEqualTo("https://www.youtube.com/watch?v=78mEYaztGaw&t=40s&ab_channel=GoogleDeepMind");
        assertThat(metadata.durationSeconds()).isNull();
        assertThat(transcript.layout()).isEqualTo(Layout.LABELLED_TURNS);
        assertThat(transcript.glossary()).isEmpty();
    }

    @Test
    void summarisesWithTheEditorsIntroductionOnly() {
        String summary = transcript.metadata().summary();
        assertThat(summary).startsWith("在 AI 领域的最新一期深度对话中,著名播客主持人与 Drastic Research 副总裁")
                .endsWith("我们显然不需要,也不应该等待模型花费数周时间来研究答案。")
                .doesNotContain("关注公众号", "全文12,600", "阅读约需", "文章作者", "发布地", "http", "采访文稿", "**");
        assertThat(summary.split("\n\n")).hasSize(4);
    }
}
