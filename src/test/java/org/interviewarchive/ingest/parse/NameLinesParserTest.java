package org.interviewarchive.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules of the name-lines layout, each on a short article written for it. */
class NameLinesParserTest {

    private final NameLinesParser parser = new NameLinesParser();

    private Transcript parse(String text) {
        return parser.parse(TextDocument.of("sample.txt", text), ParseContext.empty());
    }

    private static final String TWO_SPEAKERS = """
            对话张三:我们为什么还要读书

            某某资讯网

            2024年3月5日 09:30

            对话张三:我们为什么还要读书

            上周,作家张三和编辑李四聊了聊阅读,以下是对话整理。

            李四

            你最近在读什么?

            张三

            一本讲海洋的书。读得很慢。

            我每天只读十页。

            李四

            为什么这么慢?

            张三

            因为想记住。

            文章到这里就结束了,欢迎留言。

            张三

            这一行在结尾之后,不算数。
            """;

    @Test
    void takesRecurringShortLinesStandingAloneAsSpeakersNames() {
        Transcript transcript = parse(TWO_SPEAKERS);

        assertThat(transcript.passages()).extracting(Passage::speaker, Passage::turn, Passage::text).containsExactly(
                tuple("李四", 1, "你最近在读什么?"),
                tuple("张三", 2, "一本讲海洋的书。读得很慢。"),
                tuple("张三", 2, "我每天只读十页。"),
                tuple("李四", 3, "为什么这么慢?"),
                tuple("张三", 4, "因为想记住。"));
        assertThat(transcript.participants()).containsExactly(
                new Participant("李四", null), new Participant("张三", null));
    }

    @Test
    void givesTheIntroductionToTheSummaryWithoutTheSitesHeaderOrTitleCaptions() {
        TranscriptMetadata metadata = parse(TWO_SPEAKERS).metadata();

        assertThat(metadata.title()).isEqualTo("对话张三:我们为什么还要读书");
        assertThat(metadata.summary()).isEqualTo("上周,作家张三和编辑李四聊了聊阅读,以下是对话整理。");
        assertThat(metadata.date()).isEqualTo(LocalDate.of(2024, 3, 5));
    }

    @Test
    void leavesEverySectionUnsetWhenTheArticleHasNoHeadings() {
        Transcript transcript = parse(TWO_SPEAKERS);

        assertThat(transcript.sections()).isEmpty();
        assertThat(transcript.passages()).extracting(Passage::section).containsOnly(-1);
    }

    @Test
    void quotesNothingAfterTheEndOfTheArticle() {
        assertThat(parse(TWO_SPEAKERS).passages()).extracting(Passage::text)
                .noneMatch(text -> text.contains("结尾之后") || text.contains("文章到这里"));
    }

    @Test
    void takesAShortUnpunctuatedLineBeforeANameAsAHeadingButNotOneRightAfterAName() {
        Transcript transcript = parse("""
                访谈

                编者按:这是一段介绍。

                第一部分:开始

                Alice Smith

                Shall we begin?

                Bob Lee

                就这样吧,没有句号

                Alice Smith

                好。

                谈谈“未来”

                Bob Lee

                未来很难说。
                """);

        assertThat(transcript.sections()).extracting(Section::title).containsExactly("第一部分:开始", "谈谈“未来”");
        assertThat(transcript.passages()).extracting(Passage::speaker, Passage::section, Passage::text).containsExactly(
                tuple("Alice Smith", 0, "Shall we begin?"),
                tuple("Bob Lee", 0, "就这样吧,没有句号"),
                tuple("Alice Smith", 0, "好。"),
                tuple("Bob Lee", 1, "未来很难说。"));
        assertThat(transcript.passages().getFirst().lang()).isEqualTo("en");
        assertThat(transcript.metadata().summary()).isEqualTo("编者按:这是一段介绍。");
    }

    @Test
    void joinsLinesWrappedMidSentenceAndSplitsLinesThatEndSentences() {
        Transcript transcript = parse("""
                标题

                王五
                现在有了“电脑”(electric
                brain),接下来
                要做的事情很多。
                第二段直接接在后面。
                赵六
                明白。
                王五
                好的。
                赵六
                再见。
                """);

        assertThat(transcript.passages()).extracting(Passage::speaker, Passage::text).containsExactly(
                tuple("王五", "现在有了“电脑”(electric brain),接下来要做的事情很多。"),
                tuple("王五", "第二段直接接在后面。"),
                tuple("赵六", "明白。"),
                tuple("王五", "好的。"),
                tuple("赵六", "再见。"));
    }

    @Test
    void keepsABulletListWithItsLeadInAndOneItemALine() {
        Transcript transcript = parse("""
                标题

                王五

                我们有两个目标:

                  • 第一,更快
                  • 第二,更便宜,而且
                    更稳定

                这是后话。

                赵六

                - 列表也可以开头
                - 第二项

                王五

                好。

                赵六

                嗯。
                """);

        assertThat(transcript.passages()).extracting(Passage::speaker, Passage::text).containsExactly(
                tuple("王五", "我们有两个目标:\n• 第一,更快\n• 第二,更便宜,而且更稳定"),
                tuple("王五", "这是后话。"),
                tuple("赵六", "- 列表也可以开头\n- 第二项"),
                tuple("王五", "好。"),
                tuple("赵六", "嗯。"));
    }

    @Test
    void takesANameTheRegistryKnowsEvenWhenItOccursOnce() {
        String text = """
                标题

                甲方

                你好。

                乙方

                你好。

                甲方

                请丙方说两句。

                Carol Wu

                我只说一句。

                乙方

                谢谢。
                """;
        Transcript unknown = parse(text);
        Transcript known = parser.parse(TextDocument.of("sample.txt", text), new ParseContext(Set.of("Carol Wu")));

        assertThat(unknown.passages()).filteredOn(passage -> passage.text().equals("我只说一句。"))
                .extracting(Passage::speaker).containsExactly("甲方");
        assertThat(known.passages()).filteredOn(passage -> passage.text().equals("我只说一句。"))
                .extracting(Passage::speaker, Passage::turn).containsExactly(tuple("Carol Wu", 4));
        assertThat(known.participants()).extracting(Participant::name).containsExactly("甲方", "乙方", "Carol Wu");
    }

    @Test
    void readsCrlfTextAsItReadsLf() {
        Transcript lf = parse(TWO_SPEAKERS);
        Transcript crlf = parse(TWO_SPEAKERS.replace("\n", "\r\n"));

        assertThat(crlf.passages()).isEqualTo(lf.passages());
        assertThat(crlf.metadata()).isEqualTo(lf.metadata());
    }

    @Test
    void givesAHostLabelTheHostRole() {
        Transcript transcript = parse("""
                标题

                主持人

                欢迎。

                嘉宾小明

                谢谢。

                主持人

                开始吧。

                嘉宾小明

                好。
                """);

        assertThat(transcript.participants()).containsExactly(
                new Participant("主持人", Role.HOST), new Participant("嘉宾小明", Role.GUEST));
    }

    @Test
    void takesTheSourceFromACreditAtTheTopWithoutEndingTheArticleThere() {
        Transcript transcript = parse("""
                标题

                本文来自微信公众号“某某科技”,作者:某人。

                编者按:一段介绍。

                甲

                第一句。

                乙

                第二句。

                甲

                第三句。

                乙

                第四句。

                本文来自“另一个名字”,转载请注明。
                """);

        assertThat(transcript.metadata().source()).isEqualTo("某某科技");
        assertThat(transcript.metadata().summary()).isEqualTo("编者按:一段介绍。");
        assertThat(transcript.passages()).hasSize(4);
    }

    @Test
    void takesTheSourceFromASourceLine() {
        Transcript transcript = parse("""
                标题
                来源:量子位

                编者按:一段介绍。

                甲

                第一句。

                乙

                第二句。

                甲

                第三句。
                """);

        assertThat(transcript.metadata().source()).isEqualTo("量子位");
    }

    @Test
    void refusesAnArticleWithoutSpeakersNamesAndSaysWhy() {
        assertThatThrownBy(() -> parse("""
                一篇普通的文章

                这里只有段落。

                没有任何人名单独成行。
                """))
                .isInstanceOf(UnparseableTranscriptException.class)
                .hasMessageContaining("sample.txt")
                .hasMessageContaining("no speaker names");
    }
}
