package org.interviewarchive.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.interviewarchive.ingest.parse.ParseContext;
import org.interviewarchive.ingest.parse.TextDocument;
import org.interviewarchive.ingest.parse.Transcript;
import org.interviewarchive.ingest.parse.TranscriptParser;
import org.junit.jupiter.api.Test;

/**
 * Prints how long choosing the layout of a 5 MB transcript and parsing it take, for each kind of transcript a large
 * file is likely to be: a labelled podcast, an ASR transcript of one sentence per line, subtitles, plain prose. The
 * detection reads the whole text once per layout, so the time grows in proportion to the text. A figure, not a
 * pass mark.
 */
class ParseBenchmark {

    private static final int MEGABYTES = 5;
    private static final int ROUNDS = 5;

    @Test
    void detectionAndParsingOfFiveMegabyteTranscripts() {
        LayoutDetector detector = new LayoutDetector();
        for (Map.Entry<String, String> transcript : transcripts().entrySet()) {
            List<Long> detecting = new ArrayList<>();
            List<Long> parsing = new ArrayList<>();
            String layout = null;
            int passages = 0;
            for (int round = 0; round < ROUNDS; round++) {
                long start = System.nanoTime();
                TextDocument document = TextDocument.of("large.txt", transcript.getValue());
                TranscriptParser parser = detector.detect(document);
                long detected = System.nanoTime();
                Transcript parsed = parser.parse(document, ParseContext.empty());
                long done = System.nanoTime();
                detecting.add((detected - start) / 1_000_000);
                parsing.add((done - detected) / 1_000_000);
                layout = parsed.layout().name();
                passages = parsed.passages().size();
            }
            System.out.printf("Parse of a %.1f MB %s transcript as %s (%d quotes): detection median %d ms, parsing "
                            + "median %d ms, of %d rounds%n",
                    transcript.getValue().getBytes(StandardCharsets.UTF_8).length / 1e6, transcript.getKey(), layout,
                    passages, median(detecting), median(parsing), ROUNDS);
        }
    }

    private static Map<String, String> transcripts() {
        Random random = new Random(5);
        Map<String, String> transcripts = new LinkedHashMap<>();
        transcripts.put("labelled", generate(random, () -> (random.nextBoolean() ? "**主持人：** " : "**Oriol Vinyals：** ")
                + "我们聊一聊模型训练，数据、算力和算法都很重要。".repeat(1 + random.nextInt(6)) + "\n\n"));
        int[] line = {0};
        transcripts.put("one-sentence-per-line ASR", generate(random, () -> (line[0]++ % 40 == 0
                ? "【说话人" + (line[0] / 40 % 2) + "】" : "") + "这是一句识别出来的话，讲的是投资。\n"));
        int[] cue = {0};
        transcripts.put("SRT subtitle", generate(random, () -> ++cue[0] + "\n00:00:01,000 --> 00:00:02,000\n"
                + (cue[0] % 9 == 0 ? "Speaker " + (cue[0] % 2) + ": " : "") + "Subtitles about training models.\n\n"));
        transcripts.put("plain prose", generate(random, () -> "这是一段普通的文字，没有任何说话人。注意：这里有个冒号。\n\n"));
        return transcripts;
    }

    private static String generate(Random random, java.util.function.Supplier<String> part) {
        StringBuilder text = new StringBuilder();
        int bytes = 0;
        while (bytes < MEGABYTES * 1_000_000) {
            String next = part.get();
            text.append(next);
            bytes += next.getBytes(StandardCharsets.UTF_8).length;
        }
        return text.toString();
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }
}
