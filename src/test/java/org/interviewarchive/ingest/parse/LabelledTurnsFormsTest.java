package org.interviewarchive.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every usual spelling of a speaker's label at the start of a line opens a turn, recognised by how the labels recur
 * and with the times they give. Each sample is a short exchange written out here in that one spelling.
 */
class LabelledTurnsFormsTest {

    private final LabelledTurnsParser parser = new LabelledTurnsParser();

    private Transcript parse(String text) {
        TextDocument document = TextDocument.of("sample.txt", text);
        assertThat(parser.recognise(document)).as("recognised").isGreaterThanOrEqualTo(40);
        return parser.parse(document, ParseContext.empty());
    }

    private static List<String> speakers(Transcript transcript) {
        return transcript.passages().stream().map(Passage::speaker).toList();
    }

    @Test
    void nameColonText() {
        Transcript transcript = parse("""
                Ann Lee: Thanks for coming on the show today, it is good to have you here.
                Bo Chen: Happy to be here, I have wanted to talk about this for a while.
                Ann Lee: Let us start with the early days of the project then.
                Bo Chen: It began as a small side project with three people and a laptop.
                """);
        assertThat(transcript.passages()).extracting(Passage::speaker, Passage::turn).containsExactly(
                tuple("Ann Lee", 1), tuple("Bo Chen", 2), tuple("Ann Lee", 3), tuple("Bo Chen", 4));
        assertThat(transcript.passages().getFirst().text())
                .isEqualTo("Thanks for coming on the show today, it is good to have you here.");
    }

    @Test
    void fullWidthColonAndSpaceBeforeTheColon() {
        Transcript transcript = parse("""
                李明：欢迎来到节目，今天我们聊一聊大模型的训练。

                王芳 ：谢谢邀请，很高兴能来和大家分享我们的经验。

                李明：先说说数据吧，你们的数据从哪里来？

                王芳 ：主要来自公开网页，也有一部分是合成数据。
                """);
        assertThat(speakers(transcript)).containsExactly("李明", "王芳", "李明", "王芳");
        assertThat(transcript.passages().get(1).text()).isEqualTo("谢谢邀请，很高兴能来和大家分享我们的经验。");
    }

    @Test
    void boldNameWithAndWithoutColonAndTextOnTheNextLine() {
        Transcript transcript = parse("""
                **Ann Lee:** Welcome back to the podcast, everyone listening at home.

                **Bo Chen**
                Thank you, it is a pleasure to be back again.

                **Ann Lee** What are you working on these days?

                **Bo Chen：**
                Mostly evaluation, and a little bit of everything else.
                """);
        assertThat(speakers(transcript)).containsExactly("Ann Lee", "Bo Chen", "Ann Lee", "Bo Chen");
        assertThat(transcript.passages().get(1).text()).isEqualTo("Thank you, it is a pleasure to be back again.");
        assertThat(transcript.passages().get(2).text()).isEqualTo("What are you working on these days?");
    }

    @Test
    void nameWithATimeInBracketsBeforeTheColonOrAloneOnItsLine() {
        Transcript transcript = parse("""
                Ann Lee (00:00:05): Welcome to the programme, it is good to see you again.

                Bo Chen (00:00:12)
                Thank you for having me back on the programme.

                Ann Lee (00:01:02): So what changed since we last spoke?

                Bo Chen (00:01:30)
                Almost everything, to be honest with you.
                """);
        assertThat(transcript.passages()).extracting(Passage::speaker, Passage::startSeconds).containsExactly(
                tuple("Ann Lee", 5), tuple("Bo Chen", 12), tuple("Ann Lee", 62), tuple("Bo Chen", 90));
    }

    @Test
    void aTimeInBracketsBeforeTheName() {
        Transcript transcript = parse("""
                [00:00:01] Ann Lee: Hello and welcome to the show about research.
                [00:00:09] Bo Chen: Hello, thanks for the kind invitation to talk.
                [00:00:15] Ann Lee: Tell us about the new model you released.
                [00:01:02] Bo Chen: It is faster and it is smaller than the last one.
                """);
        assertThat(transcript.passages()).extracting(Passage::speaker, Passage::startSeconds, Passage::text)
                .startsWith(tuple("Ann Lee", 1, "Hello and welcome to the show about research."));
        assertThat(transcript.passages()).extracting(Passage::startSeconds).containsExactly(1, 9, 15, 62);
    }

    @Test
    void anOtterExportWithTheNameAndTimeAloneThenTheText() {
        Transcript transcript = parse("""
                Ann Lee  0:00
                Welcome back to the show, we have a lot to cover today.

                Bo Chen  0:07
                Yeah, let's get into it right away.

                Bo Chen  0:10
                There is one thing I want to mention first.

                Unknown Speaker  0:15
                Sorry, can you hear me?

                Ann Lee  0:18
                We can hear you fine, go ahead.
                """);
        assertThat(transcript.passages()).extracting(Passage::speaker, Passage::turn, Passage::startSeconds)
                .containsExactly(tuple("Ann Lee", 1, 0), tuple("Bo Chen", 2, 7), tuple("Bo Chen", 2, 10),
                        tuple("Unknown Speaker", 3, 15), tuple("Ann Lee", 4, 18));
    }

    @Test
    void aBoldNameWithAMinuteStampAndTheTextOnTheSameLine() {
        Transcript transcript = parse("""
                **Ann** [0:00] Today we&#39;re talking about how we all got started.

                **Bo** [0:18] Welcome to the podcast. I&#39;m Bo.

                **Ann** [0:20] I&#39;m Ann, and I will start with my story.

                **Bo** [1:05] That is a great story, &quot;really&quot; great.
                """);
        assertThat(transcript.passages()).extracting(Passage::speaker, Passage::startSeconds, Passage::text)
                .containsExactly(tuple("Ann", 0, "Today we're talking about how we all got started."),
                        tuple("Bo", 18, "Welcome to the podcast. I'm Bo."),
                        tuple("Ann", 20, "I'm Ann, and I will start with my story."),
                        tuple("Bo", 65, "That is a great story, \"really\" great."));
    }

    @Test
    void numberedSpeakersOfTranscriptionServices() {
        for (String[] labels : new String[][] {{"Speaker A", "Speaker B"}, {"SPEAKER_00", "SPEAKER_01"},
                {"Track 1", "Track 2"}, {"Speaker 1", "Speaker 2"}}) {
            Transcript transcript = parse(labels[0] + ": Good morning and welcome to the meeting.\n"
                    + labels[1] + ": Good morning, glad to be here.\n"
                    + labels[0] + ": Let us begin with the first item.\n"
                    + labels[1] + ": Sure, I will share my screen now.\n");
            assertThat(speakers(transcript)).as(labels[0]).containsExactly(labels[0], labels[1], labels[0], labels[1]);
        }
    }

    @Test
    void chineseTranscriptionServicesLabelsAloneWithATimeOrInBrackets() {
        Transcript alone = parse("""
                说话人1 00:01
                大家好，欢迎收听本期节目，今天我们请到了一位老朋友。

                说话人2 00:09
                大家好，很高兴又来做客。

                说话人1 00:15
                我们先从最近的工作聊起吧。
                """);
        assertThat(alone.passages()).extracting(Passage::speaker, Passage::startSeconds)
                .containsExactly(tuple("说话人1", 1), tuple("说话人2", 9), tuple("说话人1", 15));

        Transcript bracketed = parse("""
                【说话人1】大家好，欢迎收听本期节目。
                今天我们请到了一位老朋友。
                【说话人2】大家好，很高兴又来做客。
                【说话人1】我们先从最近的工作聊起吧。
                """);
        assertThat(bracketed.passages()).extracting(Passage::speaker, Passage::text).containsExactly(
                tuple("说话人1", "大家好，欢迎收听本期节目。今天我们请到了一位老朋友。"),
                tuple("说话人2", "大家好，很高兴又来做客。"),
                tuple("说话人1", "我们先从最近的工作聊起吧。"));
    }

    @Test
    void questionAndAnswerLabels() {
        Transcript chinese = parse("问：您是怎么开始做研究的？\n\n答：完全是偶然，读书时跟着导师做了一个项目。\n\n"
                + "问：后来呢？\n\n答：后来就一直做下来了。\n");
        assertThat(speakers(chinese)).containsExactly("问", "答", "问", "答");

        Transcript english = parse("Q: How did you start your research?\n\nA: By accident, really, in my second year.\n\n"
                + "Q: And then?\n\nA: Then I just kept going with it.\n");
        assertThat(speakers(english)).containsExactly("Q", "A", "Q", "A");
        assertThat(english.participants()).isEmpty();
    }

    @Test
    void aFullNameWithInitialsOnceAndTheInitialsAfterIt() {
        Transcript transcript = parse("""
                Jane Roe（JR）：欢迎大家来到今天的访谈节目。
                Richard Poe（RP）：谢谢主持人，很高兴来到这里。
                JR：我们先谈谈你的新书吧。
                RP：这本书写了整整五年。
                JR：为什么用了这么久？
                """);
        assertThat(speakers(transcript)).containsExactly("Jane Roe", "Richard Poe", "Jane Roe", "Richard Poe", "Jane Roe");
    }

    @Test
    void labelsGluedToTheEndOfTheLineBeforeInAPastedArticle() {
        Transcript transcript = parse("""
                主持人：欢迎来到节目，今天我们聊一聊开源模型。嘉宾：谢谢邀请，我很高兴来到这里。
                主持人：开源模型最近进展很快，你怎么看？
                嘉宾：我觉得进展确实很快，但评测还跟不上。主持人：评测为什么跟不上？
                嘉宾：因为题目都被模型见过了。
                """);
        assertThat(transcript.passages()).extracting(Passage::speaker, Passage::text).containsExactly(
                tuple("主持人", "欢迎来到节目，今天我们聊一聊开源模型。"),
                tuple("嘉宾", "谢谢邀请，我很高兴来到这里。"),
                tuple("主持人", "开源模型最近进展很快，你怎么看？"),
                tuple("嘉宾", "我觉得进展确实很快，但评测还跟不上。"),
                tuple("主持人", "评测为什么跟不上？"),
                tuple("嘉宾", "因为题目都被模型见过了。"));
    }

    @Test
    void aCastListDefinesLetterLabelsAndIsNoTurn() {
        Transcript transcript = parse("""
                A: 小鹿
                B: 老板
                C: 顾客

                B: 今天的面条十块钱一碗。

                C: 来一碗。

                A: 我也要一碗，多放辣。

                C': 我也来一碗。

                B: 好嘞，马上就好。
                """);
        assertThat(transcript.passages()).extracting(Passage::speaker, Passage::turn).containsExactly(
                tuple("B", 1), tuple("C", 2), tuple("A", 3), tuple("C'", 4), tuple("B", 5));
        assertThat(transcript.metadata().summary()).isNull();
    }

    @Test
    void aLabelRepeatedWithNobodyInBetweenGoesOnWithTheTurn() {
        Transcript transcript = parse("""
                Ann Lee: First I want to say thank you all for coming tonight.

                Ann Lee: And second, the drinks are on the house after the talk.

                Bo Chen: That is very generous of you, thank you.

                Ann Lee: You are welcome, Bo, let us start.
                """);
        assertThat(transcript.passages()).extracting(Passage::speaker, Passage::turn).containsExactly(
                tuple("Ann Lee", 1), tuple("Ann Lee", 1), tuple("Bo Chen", 2), tuple("Ann Lee", 3));
    }
}
