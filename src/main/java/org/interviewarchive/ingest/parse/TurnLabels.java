package org.interviewarchive.ingest.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The speaker labels of a transcript, found by how they recur: of every line that starts like a label
 * ({@link LabelShapes}), those of the one shape the transcript uses throughout, whose names recur or are known (the
 * registry's names, role words, a cast list's letters, initials given with a full name). A colon inside a sentence,
 * a key-value line or a one-off bold phrase is not a label. Labels glued to the end of the line before (pasted web
 * text) are split off onto lines of their own.
 */
final class TurnLabels {

    /** A label that opens a turn: the speaker's name, the time it gives, the text after it on its line. */
    record Label(String name, Integer seconds, String text) {
    }

    /** Strong evidence: at least this many labelled lines make a transcript certain. */
    private static final int CERTAIN = 6;
    private static final int FEWEST_WEAK_LABELS = 4;
    private static final int CAST_DESCRIPTION = 20;
    /** Labels that give their text so little room are a list of keys and values, not turns. */
    private static final int LEAST_TEXT_PER_LABEL = 8;
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?.…]");
    /** What ends the sentence before a label glued to it. */
    private static final String SENTENCE_ENDS = "。！？!?.…”\"』」)）";

    private final List<String> lines;
    private final TreeMap<Integer, Label> labels;
    private final Map<String, String> cast;
    private final Set<Integer> castLines;
    private final int score;

    private TurnLabels(List<String> lines, TreeMap<Integer, Label> labels, Map<String, String> cast,
            Set<Integer> castLines, int score) {
        this.lines = lines;
        this.labels = labels;
        this.cast = cast;
        this.castLines = castLines;
        this.score = score;
    }

    static TurnLabels find(List<String> lines, ParseContext context) {
        TurnLabels found = atLineStarts(lines, context);
        List<String> split = found.splitGlued();
        return split.size() == lines.size() ? found : atLineStarts(split, context);
    }

    /** The lines read, with labels glued to the line before split onto their own. */
    List<String> lines() {
        return lines;
    }

    /** The turn labels by line index. */
    TreeMap<Integer, Label> labels() {
        return labels;
    }

    boolean isEmpty() {
        return labels.isEmpty();
    }

    /** What a cast list at the top says each letter stands for ({@code A: 雪鱼}). */
    Map<String, String> cast() {
        return cast;
    }

    boolean isCastLine(int index) {
        return castLines.contains(index);
    }

    /** How surely the labels make a labelled transcript, from 0 to 100. */
    int score() {
        return score;
    }

    /** The labels at the starts of the lines as they are, none split off the line before. */
    static TurnLabels atLineStarts(List<String> lines, ParseContext context) {
        Map<Integer, LabelShapes.Candidate> candidates = candidates(lines);
        Map<String, String> initials = initials(candidates);
        Map<Integer, LabelShapes.Candidate> named = new TreeMap<>();
        candidates.forEach((index, candidate) -> named.put(index, withFullName(candidate, initials)));
        Set<Integer> castLines = new HashSet<>();
        Map<String, String> cast = cast(lines, named, castLines);
        Family best = null;
        for (LabelShapes.Shape shape : LabelShapes.Shape.values()) {
            Family family = family(shape, lines, named, castLines, cast, initials, context);
            if (family != null && (best == null || family.score() > best.score())) {
                best = family;
            }
        }
        if (best == null) {
            return new TurnLabels(lines, new TreeMap<>(), Map.of(), Set.of(), 0);
        }
        return new TurnLabels(lines, best.labels(), cast, castLines, best.score());
    }

    private static Map<Integer, LabelShapes.Candidate> candidates(List<String> lines) {
        Map<Integer, LabelShapes.Candidate> candidates = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("#") || line.startsWith("|") || line.startsWith(">")) {
                continue;
            }
            int index = i;
            LabelShapes.read(line).ifPresent(candidate -> candidates.put(index, candidate));
        }
        return candidates;
    }

    /** Initials defined with a full name ({@code Jane Roe（JR）}), by initials. */
    private static Map<String, String> initials(Map<Integer, LabelShapes.Candidate> candidates) {
        Map<String, String> initials = new HashMap<>();
        for (LabelShapes.Candidate candidate : candidates.values()) {
            LabelNames.initials(candidate.name())
                    .ifPresent(defined -> initials.putIfAbsent(defined.initials(), defined.fullName()));
        }
        return initials;
    }

    private static LabelShapes.Candidate withFullName(LabelShapes.Candidate candidate, Map<String, String> initials) {
        String name = LabelNames.initials(candidate.name()).map(LabelNames.Initials::fullName)
                .orElse(initials.getOrDefault(candidate.name(), candidate.name()));
        return new LabelShapes.Candidate(candidate.shape(), name, candidate.seconds(), candidate.text(),
                candidate.colon());
    }

    /**
     * A cast list: the first block of lines that holds any label is two or more labels of distinct names with short
     * descriptions and nothing else ({@code A: 雪鱼 / B: 店主}), and its names go on to label turns.
     */
    private static Map<String, String> cast(List<String> lines, Map<Integer, LabelShapes.Candidate> candidates,
            Set<Integer> castLines) {
        if (candidates.isEmpty()) {
            return Map.of();
        }
        int first = candidates.keySet().iterator().next();
        int start = first;
        while (start > 0 && !lines.get(start - 1).isBlank()) {
            start--;
        }
        int end = first;
        while (end < lines.size() && !lines.get(end).isBlank()) {
            end++;
        }
        Map<String, String> block = end - start >= 2 ? castBlock(candidates, start, end) : null;
        if (block == null) {
            return Map.of();
        }
        int blockEnd = end;
        Set<String> later = candidates.entrySet().stream().filter(entry -> entry.getKey() >= blockEnd)
                .map(entry -> entry.getValue().name()).collect(Collectors.toSet());
        if (block.keySet().stream().filter(later::contains).count() < 2) {
            return Map.of();
        }
        for (int i = start; i < end; i++) {
            castLines.add(i);
        }
        return block;
    }

    private static Map<String, String> castBlock(Map<Integer, LabelShapes.Candidate> candidates, int start, int end) {
        Map<String, String> block = new LinkedHashMap<>();
        for (int i = start; i < end; i++) {
            LabelShapes.Candidate candidate = candidates.get(i);
            if (candidate == null || !candidate.colon() || candidate.text().isEmpty()
                    || Lines.length(candidate.text()) > CAST_DESCRIPTION || SENTENCE_END.matcher(candidate.text()).find()
                    || block.containsKey(candidate.name())) {
                return null;
            }
            block.put(candidate.name(), candidate.text());
        }
        return block;
    }

    private record Family(TreeMap<Integer, Label> labels, int score) {
    }

    /** The labels of one shape that count, and how surely they make a labelled transcript; null when none do. */
    private static Family family(LabelShapes.Shape shape, List<String> lines, Map<Integer, LabelShapes.Candidate> named,
            Set<Integer> castLines, Map<String, String> cast, Map<String, String> initials, ParseContext context) {
        Map<Integer, LabelShapes.Candidate> ofShape = new TreeMap<>();
        named.forEach((index, candidate) -> {
            if (familyOf(candidate) == shape && !castLines.contains(index)) {
                ofShape.put(index, candidate);
            }
        });
        if (ofShape.isEmpty()) {
            return null;
        }
        Map<String, Long> counts = ofShape.values().stream()
                .collect(Collectors.groupingBy(LabelShapes.Candidate::name, Collectors.counting()));
        // Letters and numbered speakers come in sets: two of a kind make each a label however often it is used.
        Map<LabelNames.NameClass, Long> classCounts = counts.keySet().stream()
                .collect(Collectors.groupingBy(LabelNames::classOf, Collectors.counting()));
        Set<LabelNames.NameClass> recurringClasses = counts.entrySet().stream()
                .filter(entry -> entry.getValue() >= 2 || classCounts.get(LabelNames.classOf(entry.getKey())) >= 2)
                .map(entry -> LabelNames.classOf(entry.getKey())).collect(Collectors.toSet());
        boolean questions = counts.containsKey("Q") || counts.containsKey("q");
        long recurringNames = counts.values().stream().filter(count -> count >= 2).mapToLong(Long::longValue).sum();
        boolean timed = ofShape.values().stream().filter(candidate -> candidate.seconds() != null).count() * 2
                >= ofShape.size();
        TreeMap<Integer, Label> accepted = new TreeMap<>();
        ofShape.forEach((index, candidate) -> {
            String name = candidate.name();
            LabelNames.NameClass nameClass = LabelNames.classOf(name);
            boolean counts2 = counts.get(name) >= 2;
            boolean vouched = context.isKnownName(name) || SpeakerRoles.hasRoleWord(name) || cast.containsKey(name)
                    || initials.containsValue(name) || questions && name.equalsIgnoreCase("A");
            boolean likeTheOthers = nameClass != LabelNames.NameClass.NAME && recurringClasses.contains(nameClass)
                    || timed && candidate.seconds() != null
                    || shape == LabelShapes.Shape.COLON && recurringNames >= 2 && LabelNames.isFullName(name);
            if (counts2 || vouched || likeTheOthers) {
                accepted.put(index, new Label(name, candidate.seconds(), candidate.text()));
            }
        });
        if (accepted.isEmpty()) {
            return null;
        }
        Set<String> names = accepted.values().stream().map(Label::name).collect(Collectors.toSet());
        // Only the registry and the sidecar vouch for a label however few: a role word alone may be a key ("Host: …").
        boolean allVouched = accepted.values().stream().allMatch(label -> context.isKnownName(label.name()));
        boolean strong = shape == LabelShapes.Shape.BRACKET || shape == LabelShapes.Shape.ALONE || timed
                || names.stream().allMatch(name -> LabelNames.classOf(name) == LabelNames.NameClass.NUMBERED)
                || !cast.isEmpty()
                || shape == LabelShapes.Shape.BOLD && ofShape.values().stream().filter(LabelShapes.Candidate::colon)
                        .count() * 2 >= ofShape.size();
        // A conversation has two people at least; one name recurring is a refrain or a list's key.
        boolean valid = allVouched || names.size() >= 2 && (strong ? accepted.size() >= 2
                : shape == LabelShapes.Shape.BOLD ? accepted.size() >= 3
                : accepted.size() >= FEWEST_WEAK_LABELS && textPerLabel(lines, accepted) >= LEAST_TEXT_PER_LABEL);
        if (!valid) {
            return null;
        }
        double certainty = Math.min(1.0, (double) accepted.size() / CERTAIN);
        double purity = (double) accepted.size() / ofShape.size();
        int base = strong ? 95 : shape == LabelShapes.Shape.BOLD ? 85 : 75;
        return new Family(accepted, (int) Math.round(base * certainty * purity));
    }

    /**
     * Labels of one family are written alike: a name alone with a time goes with names and times before a colon
     * ({@code Name (00:12)} on its own line beside {@code Name (00:12): text}).
     */
    private static LabelShapes.Shape familyOf(LabelShapes.Candidate candidate) {
        return candidate.shape() == LabelShapes.Shape.ALONE && candidate.seconds() != null
                ? LabelShapes.Shape.COLON : candidate.shape();
    }

    /** The letters each label's turn has on average: on its line and the lines after it up to the next label. */
    private static double textPerLabel(List<String> lines, TreeMap<Integer, Label> labels) {
        long letters = 0;
        for (Map.Entry<Integer, Label> entry : labels.entrySet()) {
            letters += letters(entry.getValue().text());
            Integer next = labels.higherKey(entry.getKey());
            int end = next == null ? Math.min(lines.size(), entry.getKey() + 20) : next;
            for (int i = entry.getKey() + 1; i < end; i++) {
                letters += letters(lines.get(i));
            }
        }
        return (double) letters / labels.size();
    }

    private static long letters(String text) {
        return text.codePoints().filter(Character::isLetterOrDigit).count();
    }

    /**
     * The lines with every label that stands after a finished sentence on the line before split onto a line of its
     * own: {@code …就是这样。主持人：那么…}. Only names the transcript uses as labels at line starts count.
     */
    private List<String> splitGlued() {
        if (labels.isEmpty()) {
            return lines;
        }
        List<String> names = labels.values().stream().map(Label::name).distinct().toList();
        List<String> split = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int from = 0;
            for (int start : gluedLabels(line, names)) {
                if (!line.substring(from, start).isBlank()) {
                    split.add(line.substring(from, start));
                    from = start;
                }
            }
            split.add(line.substring(from));
        }
        return split;
    }

    /** Where in a line a label of one of the names stands after a finished sentence, in order. */
    private static List<Integer> gluedLabels(String line, List<String> names) {
        TreeSet<Integer> starts = new TreeSet<>();
        for (String name : names) {
            for (int at = line.indexOf(name, 1); at > 0; at = line.indexOf(name, at + 1)) {
                int start = at >= 2 && line.startsWith("**", at - 2) ? at - 2 : at;
                int after = at + name.length();
                after += line.startsWith("**", after) ? 2 : 0;
                while (after < line.length() && line.charAt(after) == ' ') {
                    after++;
                }
                int before = start - 1;
                while (before >= 0 && Character.isWhitespace(line.charAt(before))) {
                    before--;
                }
                boolean colon = after < line.length() && (line.charAt(after) == ':' || line.charAt(after) == '：');
                if (colon && before >= 0 && SENTENCE_ENDS.indexOf(line.charAt(before)) >= 0) {
                    starts.add(start);
                }
            }
        }
        return List.copyOf(starts);
    }
}
