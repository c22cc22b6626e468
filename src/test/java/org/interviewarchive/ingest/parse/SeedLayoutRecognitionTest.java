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

/** Each parser is sure of its own seed's layout and claims none of the others; the subtitle-cue parser none at all. */
class SeedLayoutRecognitionTest {

    private static final List<String> SEEDS = List.of("000_2ada8b3cbe10c4aa.txt", "001_e52f8c32b2a633ba.txt",
            "002_87b538c333257a85.txt", "003_493086b1af687c66.txt", "004_9a122047a2b9f6eb.txt");

    static Stream<Arguments> parsersAndTheirSeeds() {
        return Stream.of(
                Arguments.of(new NameLinesParser(), SEEDS.get(0)),
                Arguments.of(new LabelledMarkdownParser(), SEEDS.get(1)),
                Arguments.of(new PhraseNarrationParser(), SEEDS.get(2)),
                Arguments.of(new BilingualSubtitlesParser(), SEEDS.get(3)),
                Arguments.of(new StructuredNotesParser(), SEEDS.get(4)),
                Arguments.of(new SubtitleCuesParser(), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("parsersAndTheirSeeds")
    void recognisesItsOwnSeedAndNoOther(TranscriptParser parser, String own) throws IOException {
        for (String seed : SEEDS) {
            int score = parser.recognise(TextDocument.of(seed, Files.readString(Path.of("seeds", seed))));
            if (seed.equals(own)) {
                assertThat(score).as("%s on its own seed %s", parser.layout(), seed).isGreaterThanOrEqualTo(60);
            } else {
                assertThat(score).as("%s on %s", parser.layout(), seed).isLessThanOrEqualTo(20);
            }
        }
    }
}
