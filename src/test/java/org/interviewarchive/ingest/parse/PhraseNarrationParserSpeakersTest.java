package org.interviewarchive.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who speaks: the narrator who introduces the channel, and the people whose views the narration reports. */
class PhraseNarrationParserSpeakersTest {

    private static final String UNKNOWN_GUEST = """
            大家好，欢迎来到科技夜话
            今天我们来聊一聊量子计算的最新进展
            以及一位资深研究者对这个领域的看法
            他就是量子实验室的负责人
            约翰·史密斯
            这位研究者在业内非常有名
            首先
            我们来看看量子计算目前的真实现状
            很多人以为量子计算机已经可以投入使用了
            但其实还有很长的路要走
            史密斯认为
            真正的挑战在于如何完成大规模的纠错
            只要纠错问题没有得到彻底的解决
            量子计算机就很难走出实验室
            他还提到
            未来五年内这个方向会有重要的突破
            此外
            量子通信也是一个热门方向
            各国都在加大投入
            感谢收看，我们下期再见
            """;

    private final PhraseNarrationParser parser = new PhraseNarrationParser();

    @Test
    void anUnknownTransliteratedNameIsReportedByItsSurname() {
        Transcript transcript = parse(UNKNOWN_GUEST, ParseContext.empty());
        assertThat(transcript.participants()).containsExactly(
                new Participant("科技夜话", Role.NARRATOR), new Participant("史密斯", Role.GUEST));
        assertThat(transcript.metadata().source()).isEqualTo("科技夜话");
        assertThat(transcript.passages()).extracting(Passage::turn, Passage::speaker, Passage::kind).containsExactly(
                tuple(1, "科技夜话", QuoteKind.NARRATION),
                tuple(1, "科技夜话", QuoteKind.NARRATION),
                tuple(2, "史密斯", QuoteKind.REPORTED),
                tuple(3, "科技夜话", QuoteKind.NARRATION));
        assertThat(transcript.passages().get(2).text())
                .startsWith("史密斯认为，真正的挑战")
                .contains("他还提到，未来五年内");
    }

    @Test
    void withoutASelfIntroductionTheNarrationIsUnattributed() {
        Transcript transcript = parse(UNKNOWN_GUEST.replace("大家好，欢迎来到科技夜话\n", ""), ParseContext.empty());
        assertThat(transcript.participants()).containsExactly(new Participant("史密斯", Role.GUEST));
        assertThat(transcript.metadata().source()).isNull();
        assertThat(transcript.passages()).filteredOn(p -> p.kind() == QuoteKind.NARRATION)
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.speaker()).isNull());
    }

    @Test
    void otherSelfIntroductionsNameTheNarrator() {
        assertThat(parse("我是小林\n今天聊聊量子计算\n我们开始吧", ParseContext.empty()).participants())
                .containsExactly(new Participant("小林", Role.NARRATOR));
        assertThat(parse("这里是科技夜话\n今天聊聊量子计算", ParseContext.empty()).passages().getFirst().speaker())
                .isEqualTo("科技夜话");
    }

    @Test
    void aRegistryNameWithoutMiddleDotIsRecognised() {
        String text = """
                今天我们来聊一聊量子计算的最新进展
                以及它在未来十年里可能带来的变化
                李明表示
                纠错是最大的难题
                """;
        assertThat(parse(text, new ParseContext(Set.of("李明")))
                .passages()).extracting(Passage::speaker, Passage::kind).containsExactly(
                tuple(null, QuoteKind.NARRATION), tuple("李明", QuoteKind.REPORTED));
        assertThat(parse(text, ParseContext.empty()).passages()).extracting(Passage::kind)
                .containsExactly(QuoteKind.NARRATION);
    }

    @Test
    void aReportingClauseOnTheLastLineDoesNotTakeOverTheNarration() {
        Transcript transcript = parse("""
                今天我们来聊一聊量子计算的最新进展
                以及它在未来十年里可能带来的变化
                李明表示
                """, new ParseContext(Set.of("李明")));
        assertThat(transcript.passages()).extracting(Passage::kind, Passage::text).containsExactly(
                tuple(QuoteKind.NARRATION, "今天我们来聊一聊量子计算的最新进展，以及它在未来十年里可能带来的变化，李明表示。"));
    }

    @Test
    void aPronounReportsThePersonJustNamed() {
        String text = """
                今天我们来聊一聊约翰·史密斯这位研究者
                以及他在量子计算领域里做过的那些工作
                他认为
                纠错是最大的难题
                """;
        assertThat(parse(text, ParseContext.empty()).passages()).extracting(Passage::speaker, Passage::kind)
                .containsExactly(tuple(null, QuoteKind.NARRATION), tuple("约翰·史密斯", QuoteKind.REPORTED));
        assertThat(parse("今天我们来聊一聊量子计算的最新进展\n以及它的未来\n他认为\n纠错是最大的难题", ParseContext.empty())
                .passages()).extracting(Passage::kind).containsExactly(QuoteKind.NARRATION);
    }

    @Test
    void aPassiveMentionReportsNoOne() {
        Transcript transcript = parse("""
                今天我们来聊一聊约翰·史密斯这位研究者
                以及他在量子计算领域里做过的那些工作
                被史密斯认为最难的是纠错
                这一点大家都同意
                """, ParseContext.empty());
        assertThat(transcript.passages()).extracting(Passage::kind).containsExactly(QuoteKind.NARRATION);
        assertThat(transcript.participants()).isEmpty();
    }

    @Test
    void aLeadInPhraseOrAConcessiveClauseOpensTheReportWithIt() {
        Transcript transcript = parse("""
                在对话中，主持人还提到了新发布的思考模型
                这是在大会结束几天后推出的
                虽然史密斯没有透露太多的具体信息
                但是他解释了这类模型的工作原理
                而对于另一个项目
                他认为最重要的是数据
                """, new ParseContext(Set.of("史密斯")));
        assertThat(transcript.passages()).extracting(Passage::kind, Passage::text).containsExactly(
                tuple(QuoteKind.NARRATION, "在对话中，主持人还提到了新发布的思考模型，这是在大会结束几天后推出的。"),
                tuple(QuoteKind.REPORTED, "虽然史密斯没有透露太多的具体信息，但是他解释了这类模型的工作原理，而对于另一个项目，"
                        + "他认为最重要的是数据。"));
    }

    @Test
    void eachPersonIsOneParticipantUnderTheFormFirstUsed() {
        Transcript transcript = parse("""
                今天我们来聊一聊两位研究者对量子计算的不同看法
                他们分别来自两家在业内很有名的实验室
                约翰·史密斯表示
                纠错是量子计算当前面临的最大难题
                没有纠错就没有真正可用的量子计算机
                玛丽·琼斯则认为
                真正的难题是如何把量子比特的数量做上去
                规模上不去一切都无从谈起
                史密斯认为
                这两个问题其实是同一个问题的两面
                """, ParseContext.empty());
        assertThat(transcript.participants()).containsExactly(
                new Participant("约翰·史密斯", Role.GUEST), new Participant("玛丽·琼斯", Role.GUEST));
        assertThat(transcript.passages()).extracting(Passage::turn, Passage::speaker).containsExactly(
                tuple(1, null), tuple(2, "约翰·史密斯"), tuple(3, "玛丽·琼斯"), tuple(4, "史密斯"));
    }

    private Transcript parse(String text, ParseContext context) {
        return parser.parse(TextDocument.of("sample.txt", text), context);
    }
}
