package org.interviewarchive.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each parser is sure of its own seed's layout and claims none of the others, the subtitle-cue and table parsers none
 * at all. The labelled-turns parser knows any labels, so it may see the labels of the bilingual subtitles too, but
 * less surely than their own parser.
 */
class SeedLayoutRecognitionTest {

    private static final List<String> SEEDS = List.of("000_2ada8b3cbe10c4aa.txt", "001_e52f8c32b2a633ba.txt",
            "002_87b538c333257a85.txt", "003_493086b1af687c66.txt", "004_9a122047a2b9f6eb.txt");

    static Stream<Arguments> parsersAndTheirSeeds() {
        return Stream.of(
                Arguments.of(new NameLinesParser(), SEEDS.get(0)),
                Arguments.of(new LabelledTurnsParser(), SEEDS.get(1)),
                Arguments.of(new PhraseNarrationParser(), SEEDS.get(2)),
                Arguments.of(new BilingualSubtitlesParser(), SEEDS.get(3)),
                Arguments.of(new StructuredNotesParser(), SEEDS.get(4)),
                Arguments.of(new SubtitleCuesParser(), null),
                Arguments.of(new TableTranscriptParser(), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("parsersAndTheirSeeds")
    void recognisesItsOwnSeedAndNoOther(TranscriptParser parser, String own) throws IOException {
        for (String seed : SEEDS) {
            int score = parser.recognise(TextDocument.of(seed, Files.readString(Path.of("seeds", seed))));
            if (seed.equals(own)) {
                assertThat(score).as("%s on its own seed %s", parser.layout(), seed).isGreaterThanOrEqualTo(60);
            } else if (!(parser instanceof LabelledTurnsParser)) {
                assertThat(score).as("%s on %s", parser.layout(), seed).isLessThanOrEqualTo(20);
            }
        }
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("parsersAndTheirSeeds")
    void theLabelledTurnsParserIsLessSureOfAnySeedThanItsOwnParser(TranscriptParser own, String seed)
            throws IOException {
        if (seed == null || own instanceof LabelledTurnsParser) {
            return;
        }
        TextDocument document = TextDocument.of(seed, Files.readString(Path.of("seeds", seed)));
        assertThat(new LabelledTurnsParser().recognise(document)).isLessThan(own.recognise(document));
    }
}
