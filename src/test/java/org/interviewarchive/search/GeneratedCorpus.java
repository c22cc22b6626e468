package org.interviewarchive.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Transcripts generated deterministically from the seeds' sentences: interviews of 200 to 2,000 turns (one paragraph,
 * so one quote, each) between two to five of a pool of speakers, in three layouts the ingest reads (bold names in
 * markdown with front matter and sections, names and colons, times with names).
 */
final class GeneratedCorpus {

    static final int MIN_TURNS = 200;
    static final int MAX_TURNS = 2_000;
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡",
        "朱", "高", "林", "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩"};
    private static final String[] GIVEN = {"芳", "明", "伟", "静", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "超",
        "秀英", "建国", "晓东", "子涵", "雨桐", "思远", "嘉怡"};

    private final List<String> sentences;
    private final List<String> speakers;

    private GeneratedCorpus(List<String> sentences, int speakerCount) {
        this.sentences = sentences;
        List<String> names = new ArrayList<>();
        for (int i = 0; names.size() < speakerCount; i++) {
            String name = SURNAMES[i % SURNAMES.length] + GIVEN[(i / SURNAMES.length) % GIVEN.length];
            int round = i / (SURNAMES.length * GIVEN.length);
            names.add(round == 0 ? name : name + (char) ('甲' + round - 1));
        }
        this.speakers = List.copyOf(names);
    }

    /** The seeds' sentences, without the lines that are headings, tables, links or labels of their own. */
    static GeneratedCorpus fromSeeds(Path seeds, int speakerCount) throws IOException {
        Set<String> sentences = new LinkedHashSet<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (line.isBlank() || line.matches(".*[|#*>\\[\\]:：<`-].*") || line.contains("http")) {
                        continue;
                    }
                    Arrays.stream(line.strip().split("(?<=[。！？!?])|(?<=\\. )"))
                            .map(String::strip)
                            .filter(sentence -> sentence.length() >= 8 && sentence.length() <= 160)
                            .forEach(sentences::add);
                }
            }
        }
        return new GeneratedCorpus(List.copyOf(sentences), speakerCount);
    }

    List<String> sentences() {
        return sentences;
    }

    List<String> speakers() {
        return speakers;
    }

    /** One generated interview: its file name, title, the text of each turn and the speaker of each. */
    record Interview(String file, String title, List<String> turns, List<String> speakers) {
    }

    /**
     * Writes interviews with {@code quotes} turns in all into {@code dir}, named {@code prefix-NNNN}, and hands each to
     * {@code written}.
     */
    void write(Path dir, String prefix, int quotes, long seed, Consumer<Interview> written) throws IOException {
        Files.createDirectories(dir);
        Random random = new Random(seed);
        int left = quotes;
        for (int n = 0; left > 0; n++) {
            int turns = Math.min(left, MIN_TURNS + random.nextInt(MAX_TURNS - MIN_TURNS + 1));
            left -= turns;
            Interview interview = interview(prefix, n, turns, random);
            Files.writeString(dir.resolve(interview.file()), render(interview, n % 3, random), StandardCharsets.UTF_8);
            written.accept(interview);
        }
    }

    private Interview interview(String prefix, int n, int turns, Random random) {
        List<String> cast = new ArrayList<>();
        for (int k = 2 + random.nextInt(4); cast.size() < k; ) {
            String name = speakers.get(random.nextInt(speakers.size()));
            if (!cast.contains(name)) {
                cast.add(name);
            }
        }
        List<String> texts = new ArrayList<>(turns);
        List<String> by = new ArrayList<>(turns);
        for (int t = 0; t < turns; t++) {
            StringBuilder text = new StringBuilder();
            for (int s = 1 + random.nextInt(4); s > 0; s--) {
                text.append(sentences.get(random.nextInt(sentences.size())));
            }
            texts.add(text.toString());
            by.add(cast.get(t % cast.size()));
        }
        return new Interview(String.format("%s-%04d.md", prefix, n), "Generated interview " + prefix + " " + n, texts,
                by);
    }

    private static String render(Interview interview, int layout, Random random) {
        StringBuilder text = new StringBuilder();
        switch (layout) {
            case 0 -> text.append("---\ntitle: ").append(interview.title()).append("\ndate: 20")
                    .append(10 + random.nextInt(15)).append("-0").append(1 + random.nextInt(9)).append("-1")
                    .append(random.nextInt(9)).append("\n---\n\n");
            default -> text.append("# ").append(interview.title()).append("\n\n");
        }
        for (int t = 0; t < interview.turns().size(); t++) {
            if (layout == 0 && t % 250 == 0) {
                text.append("## 第").append(t / 250 + 1).append("部分\n\n");
            }
            String name = interview.speakers().get(t);
            String turn = interview.turns().get(t);
            switch (layout) {
                case 0 -> text.append("**").append(name).append("：** ").append(turn);
                case 1 -> text.append(name).append("：").append(turn);
                default -> text.append(String.format("[%02d:%02d:%02d] ", t / 120, (t / 2) % 60, (t * 30) % 60))
                        .append(name).append(": ").append(turn);
            }
            text.append("\n\n");
        }
        return text.toString();
    }
}
