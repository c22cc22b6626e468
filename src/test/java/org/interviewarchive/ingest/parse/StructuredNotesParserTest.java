package org.interviewarchive.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StructuredNotesParserTest {

    private static final StructuredNotesParser PARSER = new StructuredNotesParser();

    private static final String METADATA = """
            # 2025_访谈_整理_文档

            # 一次访谈的笔记

            ## 基本信息

            | Field | Value |
            | --- | --- |
            | **Link** | https://www.youtube.com/watch?v=abc |
            | **Date** | 2024-03-05 |
            | **Podcast** | Some Show |
            | **Guest** | 王小明（某实验室研究员） |
            | **Host** | Jane Roe |

            ## 内容导航

            1. [第一部分](about:blank#part-1)
            2. [第二部分](about:blank#part-2)

            """;

    private static Transcript parse(String text) {
        return PARSER.parse(TextDocument.of("notes.md", text), ParseContext.empty());
    }

    private static List<String> texts(Transcript transcript) {
        return transcript.passages().stream().map(Passage::text).toList();
    }

    @Test
    void readsTheMetadataTableByItsKeysWhateverItsHeading() {
        Transcript transcript = parse(METADATA + "## 第一部分\n\n- 一个要点\n");

        TranscriptMetadata metadata = transcript.metadata();
        assertThat(metadata.title()).isEqualTo("一次访谈的笔记");
        assertThat(metadata.sourceUrl()).isEqualTo("https://www.youtube.com/watch?v=abc");
        assertThat(metadata.mediaUrl()).isEqualTo("https://www.youtube.com/watch?v=abc");
        assertThat(metadata.date()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(metadata.source()).isEqualTo("Some Show");
        assertThat(transcript.participants())
                .containsExactly(new Participant("Jane Roe", Role.HOST), new Participant("王小明", Role.GUEST));
        assertThat(transcript.sections()).containsExactly(Section.titled("第一部分"));
        assertThat(texts(transcript)).containsExactly("一个要点");
    }

    @Test
    void anArticleLinkIsNotTheMedia() {
        Transcript transcript = parse("""
                | 项目 | 内容 |
                | --- | --- |
                | 原文链接 | https://example.com/articles/42 |
                | 发布时间 | 2025年1月2日 |

                ## 要点

                - 一个要点
                """);

        assertThat(transcript.metadata().sourceUrl()).isEqualTo("https://example.com/articles/42");
        assertThat(transcript.metadata().mediaUrl()).isNull();
        assertThat(transcript.metadata().date()).isEqualTo(LocalDate.of(2025, 1, 2));
    }

    @Test
    void quotesAreDirectNamedOrTheSoleGuestsWithoutQuotationMarks() {
        Transcript transcript = parse(METADATA + """
                ## 第一部分

                > “没有名字的一句话。”
                >\s
                > Jane Roe：“主持人说的话。”

                > 「另一句。」—— 李四
                """);

        assertThat(transcript.passages()).extracting(Passage::speaker, Passage::kind, Passage::text).containsExactly(
                tuple("王小明", QuoteKind.DIRECT, "没有名字的一句话。"),
                tuple("Jane Roe", QuoteKind.DIRECT, "主持人说的话。"),
                tuple("李四", QuoteKind.DIRECT, "另一句。"));
        assertThat(transcript.passages()).extracting(Passage::turn).containsExactly(1, 2, 3);
        assertThat(transcript.participants()).extracting(Participant::name)
                .containsExactly("Jane Roe", "王小明", "李四");
    }

    @Test
    void anUnnamedQuoteHasNoSpeakerWhenThereAreSeveralGuests() {
        Transcript transcript = parse("""
                | 项目 | 内容 |
                | --- | --- |
                | 嘉宾 | 张三、李四 |
                | 主持人 | 王五 |

                ## 对话

                > “谁说的呢？”
                """);

        assertThat(transcript.participants()).extracting(Participant::name, Participant::role).containsExactly(
                tuple("王五", Role.HOST), tuple("张三", Role.GUEST), tuple("李四", Role.GUEST));
        assertThat(transcript.passages()).singleElement().extracting(Passage::speaker).isNull();
    }

    @Test
    void aRepeatedQuoteIsStoredOnceEvenWithOtherPunctuation() {
        Transcript transcript = parse("""
                ## 观点

                > 张三：“规模仍然重要，但不是一切。”

                - 规模之外还有数据

                ## 语录

                > 张三：“规模仍然重要 但不是一切”

                > “但不是一切。”

                > 张三：“这是新的一句。”
                """);

        assertThat(texts(transcript)).containsExactly("规模仍然重要，但不是一切。", "规模之外还有数据", "这是新的一句。");
        assertThat(transcript.passages().getLast().section()).isEqualTo(1);
    }

    @Test
    void bulletsNumberedItemsAndParagraphsAreUnattributedSummaries() {
        Transcript transcript = parse("""
                ## 架构

                ### 总体

                一段说明，
                分两行写。

                - **要点一**：内容一
                - 要点二
                    - 细节甲
                    - 细节乙

                ### 模块

                **范式转变**：
                - 从甲到乙
                - 从丙到丁

                MoE 的核心思想：
                1. 解耦计算
                2. 动态路由
                """);

        assertThat(transcript.passages()).extracting(Passage::text, Passage::turn).containsExactly(
                tuple("一段说明，分两行写。", 1),
                tuple("要点一：内容一", 1),
                tuple("要点二\n细节甲\n细节乙", 1),
                tuple("范式转变：\n从甲到乙\n从丙到丁", 2),
                tuple("MoE 的核心思想：\n解耦计算\n动态路由", 2));
        assertThat(transcript.passages()).allSatisfy(passage -> {
            assertThat(passage.kind()).isEqualTo(QuoteKind.SUMMARY);
            assertThat(passage.speaker()).isNull();
            assertThat(passage.section()).isZero();
        });
        assertThat(transcript.sections()).containsExactly(Section.titled("架构"));
    }

    @Test
    void aTableWithASpeakerColumnAttributesItsRows() {
        Transcript transcript = parse("""
                ## Views

                | Claim | Speaker | Detail |
                | --- | --- | --- |
                | Scale still matters | Ada Byron | It is predictable |
                | Data is running out | Alan Kay | Constraints change research |
                """);

        assertThat(transcript.passages()).extracting(Passage::speaker, Passage::text, Passage::turn).containsExactly(
                tuple("Ada Byron", "Scale still matters — It is predictable", 1),
                tuple("Alan Kay", "Data is running out — Constraints change research", 2));
    }

    @Test
    void aTermTableAloneUnderAHeadingIsTheGlossary() {
        Transcript transcript = parse("""
                ## 正文

                - 一个要点

                ## Vocabulary

                | Term | Meaning |
                | --- | --- |
                | **RAG** | Retrieval-Augmented Generation，检索增强生成 |
                | **蒸馏** | 知识蒸馏，用大模型教小模型 |
                | **Transformer** | 一种神经网络架构，基于自注意力机制 |
                """);

        assertThat(transcript.glossary()).containsExactly(
                new GlossaryTerm("RAG", List.of("Retrieval-Augmented Generation"), "检索增强生成"),
                new GlossaryTerm("蒸馏", List.of("知识蒸馏"), "用大模型教小模型"),
                new GlossaryTerm("Transformer", List.of(), "一种神经网络架构，基于自注意力机制"));
        assertThat(transcript.sections()).containsExactly(Section.titled("正文"));
        assertThat(texts(transcript)).containsExactly("一个要点");
    }

    @Test
    void theClosingNoteAndLinkListsAreNotPassages() {
        Transcript transcript = parse(METADATA + """
                ## 第一部分

                - 一个要点

                ---

                *本文档由工具自动生成*
                """);

        assertThat(texts(transcript)).containsExactly("一个要点");
    }

    @Test
    void passagesBeforeAnyHeadingStandUnderNoSection() {
        Transcript transcript = parse("> 张三：“开门见山的一句。”\n\n- 一个要点\n");

        assertThat(transcript.sections()).isEmpty();
        assertThat(transcript.passages()).extracting(Passage::section).containsExactly(-1, -1);
        assertThat(transcript.participants()).containsExactly(new Participant("张三", null));
    }

    @Test
    void readsWindowsLineEndings() {
        Transcript transcript = parse((METADATA + "## 第一部分\n\n> “一句话。”\n\n- 要点\n    - 细节\n").replace("\n", "\r\n"));

        assertThat(texts(transcript)).containsExactly("一句话。", "要点\n细节");
        assertThat(transcript.participants()).hasSize(2);
    }

    @Test
    void refusesNotesWithNothingUnderTheirHeadings() {
        assertThatThrownBy(() -> parse(METADATA + "## 空的部分\n\n---\n"))
                .isInstanceOf(UnparseableTranscriptException.class).hasMessageContaining("notes.md");
    }

    @Test
    void recognisesNotesButNotLabelledMarkdownTranscripts() {
        String notes = METADATA + "## 第一部分\n\n### 小节\n\n> “一句话。”\n\n- 甲\n- 乙\n- 丙\n- 丁\n- 戊\n";
        StringBuilder labelled = new StringBuilder("# 对话\n\n## 一、开始\n\n## 二、继续\n\n");
        for (int i = 0; i < 5; i++) {
            labelled.append("**主持人：** 问题").append(i).append("？\n\n**嘉宾：** 回答").append(i).append("。\n\n");
        }
        labelled.append("| 甲 | 乙 |\n| --- | --- |\n| 1 | 2 |\n");

        assertThat(PARSER.recognise(TextDocument.of("a.md", notes))).isGreaterThanOrEqualTo(60);
        assertThat(PARSER.recognise(TextDocument.of("b.md", labelled.toString()))).isLessThanOrEqualTo(20);
        assertThat(PARSER.recognise(TextDocument.of("c.txt", "只是一段文字。\n\n又一段。"))).isZero();
    }
}
