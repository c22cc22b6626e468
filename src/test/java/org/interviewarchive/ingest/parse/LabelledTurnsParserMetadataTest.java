package org.interviewarchive.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What the article says about itself, and who takes part. */
class LabelledTurnsParserMetadataTest {

    private final LabelledTurnsParser parser = new LabelledTurnsParser();

    private Transcript parse(String text) {
        return parser.parse(TextDocument.of("sample.md", text), ParseContext.empty());
    }

    @Test
    void readsTheHeaderAndFooterLines() {
        Transcript transcript = parse("""
                # 对话某实验室负责人：下一步是什么？

                文章作者: 某研究院
                发布时间: 2025-03-07 10:00
                发布地: 北京
                原文链接: https://example.org/article?id=1

                封面图链接: https://example.org/cover.jpg

                **（关注公众号并设为🌟标，获取最新资讯）**

                全文8,000 字，阅读约需15分钟

                ![](https://example.org/banner.png)
                https://example.org/standalone-address

                编辑导语第一段，
                跨了两行。

                导语第二段：谈到了**重点**。

                # 采访文稿

                **主持人：** 问题？

                **嘉宾：** 回答。

                ## 【往期回顾】

                原视频链接：https://www.youtube.com/watch?v=abc

                **\\--END--**
                """);
        TranscriptMetadata metadata = transcript.metadata();
        assertThat(metadata.title()).isEqualTo("对话某实验室负责人：下一步是什么？");
        assertThat(metadata.source()).isEqualTo("某研究院");
        assertThat(metadata.date()).isEqualTo(LocalDate.of(2025, 3, 7));
        assertThat(metadata.sourceUrl()).isEqualTo("https://example.org/article?id=1");
        assertThat(metadata.mediaUrl()).isEqualTo("https://www.youtube.com/watch?v=abc");
        assertThat(metadata.summary()).isEqualTo("编辑导语第一段，跨了两行。\n\n导语第二段：谈到了重点。");
        assertThat(metadata.durationSeconds()).isNull();
    }

    @Test
    void leavesUnstatedFieldsEmpty() {
        TranscriptMetadata metadata = parse("**A:** One.\n\n**B:** Two.\n").metadata();
        assertThat(metadata).isEqualTo(TranscriptMetadata.empty());
    }

    @Test
    void givesANameAfterARoleWordThatRoleAndEveryOtherSpeakerTheGuestRole() {
        Transcript transcript = parse("""
                **主持人Jane Doe ：** 欢迎两位。

                **张三：** 谢谢。

                **主持人：** 第一个问题？

                **Richard Roe：** 我先说。

                **张三：** 我补充。

                **Richard Roe：** 好。
                """);
        assertThat(transcript.participants()).containsExactly(
                new Participant("Jane Doe", Role.HOST),
                new Participant("张三", Role.GUEST),
                new Participant("Richard Roe", Role.GUEST));
        assertThat(transcript.passages()).extracting(Passage::speaker).startsWith("主持人Jane Doe", "张三", "主持人");
    }

    @Test
    void readsEnglishRoleWordsAndNamedGuests() {
        Transcript transcript = parse("""
                **Host (Jane Doe):** Welcome.

                **Guest Richard Roe:** Thanks.

                **Hostetler:** I am not a host.

                **Hostetler:** Really.
                """);
        assertThat(transcript.participants()).containsExactly(
                new Participant("Jane Doe", Role.HOST),
                new Participant("Richard Roe", Role.GUEST),
                new Participant("Hostetler", Role.GUEST));
    }

    @Test
    void leavesBareRoleLabelsToTheResolver() {
        Transcript transcript = parse("**Q:** Why?\n\n**A:** Because.\n\n**主持人：** 还有呢？\n\n**嘉宾：** 没了。\n");
        assertThat(transcript.participants()).isEmpty();
        assertThat(transcript.passages()).extracting(Passage::speaker).containsExactly("Q", "A", "主持人", "嘉宾");
    }

    @Test
    void givesNoRoleWhenNoLabelMarksAHost() {
        Transcript transcript = parse("**甲：** 你说。\n\n**乙：** 你先说。\n\n**甲：** 好吧。\n\n**乙：** 嗯。\n");
        assertThat(transcript.participants()).containsExactly(new Participant("甲", null), new Participant("乙", null));
    }
}
