package org.interviewarchive.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BilingualSubtitlesParserSeedTest {

    private static final String SEED = "003_493086b1af687c66.txt";
    private static final BilingualSubtitlesParser PARSER = new BilingualSubtitlesParser();
    private static Transcript transcript;

    @BeforeAll
    static void parseSeed() throws IOException {
        transcript = PARSER.parse(seed(SEED), ParseContext.empty());
    }

    private static TextDocument seed(String name) throws IOException {
        return TextDocument.of(name, Files.readString(Path.of("seeds", name)));
    }

    private static long turnsOf(String speaker) {
        return transcript.passages().stream().filter(passage -> speaker.equals(passage.speaker()))
                .mapToInt(Passage::turn).distinct().count();
    }

    @Test
    void has92TurnsHalfOfThemEachSpeakers() {
        assertThat(transcript.passages().getLast().turn()).isEqualTo(92);
        assertThat(transcript.passages().stream().mapToInt(Passage::turn).distinct().count()).isEqualTo(92);
        assertThat(turnsOf("Speaker 0")).isEqualTo(46);
        assertThat(turnsOf("Speaker 1")).isEqualTo(46);
        assertThat(transcript.participants())
                .containsExactly(new Participant("Speaker 0", null), new Participant("Speaker 1", null));
    }

    @Test
    void splitsOnlyLongTurnsInto114Passages() {
        assertThat(transcript.passages()).hasSize(114);
        assertThat(transcript.passages()).allSatisfy(passage -> assertThat(Lines.length(passage.text())).isLessThan(600));
    }

    @Test
    void everyPassageButTheSingleLanguageOneHasChineseAndItsEnglish() {
        List<Passage> untranslated = transcript.passages().stream().filter(passage -> passage.translation() == null).toList();
        assertThat(untranslated).singleElement().satisfies(passage -> {
            assertThat(passage.text()).isEqualTo("at,");
            assertThat(passage.lang()).isEqualTo("en");
            assertThat(passage.speaker()).isEqualTo("Speaker 1");
        });
        assertThat(transcript.passages()).filteredOn(passage -> passage.translation() != null).allSatisfy(passage -> {
            assertThat(passage.lang()).isEqualTo("zh");
            assertThat(passage.translationLang()).isEqualTo("en");
            assertThat(passage.kind()).isEqualTo(QuoteKind.DIRECT);
        });
    }

    @Test
    void aChineseLineWithoutHanCharactersIsStillTheChineseSide() {
        assertThat(transcript.passages()).anySatisfy(passage -> {
            assertThat(passage.text()).startsWith("当然。Gemini 3。我们正坐在这里。");
            assertThat(passage.translation()).startsWith("Of course. Gemini three. We're sitting here.");
        });
    }

    @Test
    void theChaptersAreTheSeventeenSections() {
        assertThat(transcript.sections()).hasSize(17);
        assertThat(transcript.sections().getFirst()).isEqualTo(new Section("开场", 0));
        assertThat(transcript.sections().get(1)).isEqualTo(new Section("Gemini 3发布反响", 120));
        assertThat(transcript.sections().getLast()).isEqualTo(new Section("结束语", 2917));
    }

    @Test
    void passagesFallInChaptersInOrderFromTheColdOpenToTheClosing() {
        assertThat(transcript.passages()).filteredOn(passage -> passage.text().contains("这就是我们构建AGI的方式"))
                .singleElement().extracting(Passage::section).isEqualTo(0);
        List<Integer> sections = transcript.passages().stream().map(Passage::section).toList();
        assertThat(sections).isSorted();
        assertThat(sections.getLast()).isEqualTo(16);
        assertThat(sections).containsAll(List.of(0, 5, 10, 15));
    }

    @Test
    void eachPassageHasAnEstimatedTimeInsideItsChapter() {
        List<Section> chapters = transcript.sections();
        List<Integer> times = transcript.passages().stream().map(Passage::estimatedSeconds).toList();
        assertThat(times).doesNotContainNull().isSorted();
        assertThat(times.getFirst()).isZero();
        for (Passage passage : transcript.passages()) {
            int start = chapters.get(passage.section()).startSeconds();
            Integer next = passage.section() + 1 < chapters.size() ? chapters.get(passage.section() + 1).startSeconds() : null;
            assertThat(passage.estimatedSeconds()).isGreaterThanOrEqualTo(start);
            if (next != null) {
                assertThat(passage.estimatedSeconds()).isLessThan(next);
            }
        }
        assertThat(times.getLast()).isBetween(chapters.getLast().startSeconds(), chapters.getLast().startSeconds() + 600);
    }

    @Test
    void theFirstPassageIsTheColdOpen() {
        Passage first = transcript.passages().getFirst();
        assertThat(first.speaker()).isEqualTo("Speaker 0");
        assertThat(first.turn()).isEqualTo(1);
        assertThat(first.text()).isEqualTo("双子座三号,我们正坐在这里。反响看起来非常积极。这个模型的氛围很好。");
        assertThat(first.translation()).startsWith("Gemini three, we're sitting here.")
                .isEqualTo("Gemini three, we're sitting here. Reception seems super positive. The vibes of the model are good.");
    }

    @Test
    void neitherThePageArtifactNorTheSiteFooterIsAPassage() {
        assertThat(transcript.passages()).noneSatisfy(passage ->
                assertThat(passage.text() + Objects.toString(passage.translation(), "")).containsAnyOf("展开剩余字幕", "Bayt"));
        assertThat(transcript.passages().getLast().text()).isEqualTo("第一个模型。非常贴心。非常感谢。");
        assertThat(transcript.passages().getLast().translation()).isEqualTo("first model. Very kind. Thank you very much.");
    }

    @Test
    void readsTheHeader() {
        TranscriptMetadata metadata = transcript.metadata();
        assertThat(metadata.title()).isEqualTo("科莱·卡武克乔格鲁:“我们就是这样打造通用人工智能的”");
        assertThat(metadata.source()).isEqualTo("Google AI: Release Notes");
        assertThat(metadata.mediaUrl()).isEqualTo("https://www.youtube.com/watch?v=fXtna7UrL44");
        assertThat(metadata.summary()).startsWith("加入Logan Kilpatrick与谷歌DeepMind首席技术官")
                .endsWith("同时分享了谷歌在AI开发中的协作模式。")
                .doesNotContain("章节时间点", "0:00", "youtube", "观看链接");
        assertThat(metadata.durationSeconds()).isNull();
    }
}
