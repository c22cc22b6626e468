package org.interviewarchive.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Groups narration lines into paragraphs of readable length. A paragraph starts where the narration turns to
 * a new topic (a discourse marker such as 首先 / 此外 / 说到, a question put to the guest, a blank line between
 * groups of lines) or where it starts to report someone ("布尔若表示"); a report runs to the next paragraph
 * break. Paragraphs still too long are cut at the line boundaries that read most like sentence starts.
 */
final class NarrationParagraphs {

    /** A topic marker only starts a paragraph when the current one has this much text. */
    private static final int MIN_BREAK_LENGTH = 60;
    /** Longer paragraphs are cut. */
    private static final int MAX_LENGTH = 300;
    /** A paragraph has at least this many clauses, so that none is a fragment. */
    private static final int MIN_CLAUSES = 2;
    /** How many lines back a 他 / 她 still refers to the last person named. */
    private static final int PRONOUN_REACH = 6;
    /** How many characters of balance a cut gives up to fall on a sentence start, or to avoid a continuation. */
    private static final int SENTENCE_START_BONUS = 40;
    /** ... and to keep a phrase with the clause it leads into. */
    private static final int INSIDE_SENTENCE_PENALTY = 80;

    private static final Pattern TOPIC_START = Pattern.compile("^(?:而|那么)?(?:"
            + "(?:首先|其次|再次|此外|另外|最后|除此之外|总之|总的来说|总而言之|综上所述|接下来|与此同时|值得一提的是|值得注意的是)"
            + "(?:[，,：:]|$)"
            + "|说到|谈到|聊到|关于|回顾|(?:访谈|对话|采访|节目)中"
            + "|(?:当|在)?被?(?:问到|问及)"
            + "|在[^，,。！？]{1,14}(?:方面|中|上|里|下|领域|阶段|期间)(?:[，,]|$))");
    /** List items that go on reporting the same person's view. */
    private static final Pattern ENUMERATION = Pattern.compile("^(?:首先|其次|再次|第[一二三四五六七八九十]|[一二三四五六七八九十]是)");
    /** A short opening phrase that belongs to the clause after it ("而对于X项目", "从长远来看"). */
    private static final Pattern LEAD_IN = Pattern.compile(
            "^(?:而|那么|不过|但是?|同时)?(?:在|对于|关于|至于|当|针对|从|随着|说到|谈到|聊到)[^，,。！？!?；;]{1,16}$"
                    + "|^[^，,。！？!?；;]{1,8}(?:来看|而言|方面|年|时|时候|时侯)$");
    /** A concessive clause, whose main clause follows (虽然…，但是…). */
    private static final Pattern CONCESSIVE = Pattern.compile("^(?:虽然|尽管|虽|即使|即便)");
    /** A line ending where its sentence cannot: on a verb that takes a clause, a conjunction or a particle. */
    private static final Pattern DANGLING_END = Pattern.compile("(?:意味着|是|在于|包括|认为|表示|提到|发现|知道|觉得|说"
            + "|期待|希望|相信|意识到|看到|说明|证明|表明|的|和|与|或者|或|以及|及|对|在|把|被|让|使|将)$");
    private static final Pattern SENTENCE_START = Pattern.compile("^(?:但是|但|然而|不过|因此|所以|于是|同时|此外|另外|而且"
            + "|比如|例如|如今|现在|当时|之后|随后|后来|这|其实|事实上|总之|另一方面|一方面|毕竟|虽然|如果|要知道|也就是说)");
    private static final Pattern CONTINUATION = Pattern.compile("^(?:以及|或者|或|和|与|及|并且|并|而是|而不是|的|地|得"
            + "|都|也|还|才|就|那么|从而|进而|以便|甚至)");

    /**
     * One line of narration.
     *
     * @param text        the line, stripped
     * @param opensGroup  whether a blank line that separates groups of lines stands before it
     */
    record Line(String text, boolean opensGroup) {
    }

    private final NarrationCast cast;

    NarrationParagraphs(NarrationCast cast) {
        this.cast = cast;
    }

    List<NarrationParagraph> split(List<Line> lines) {
        List<NarrationParagraph> paragraphs = new ArrayList<>();
        for (NarrationParagraph paragraph : group(lines)) {
            paragraphs.addAll(cutLong(paragraph));
        }
        return paragraphs;
    }

    private List<NarrationParagraph> group(List<Line> lines) {
        List<NarrationParagraph> paragraphs = new ArrayList<>();
        List<String> current = new ArrayList<>();
        String reporter = null;
        String lastNamed = null;
        int lastNamedAt = Integer.MIN_VALUE;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            String opener = cast.reporter(text, i - lastNamedAt <= PRONOUN_REACH ? lastNamed : null);
            boolean roomForNext = i <= lines.size() - MIN_CLAUSES;
            boolean breaks = false;
            String nextReporter = reporter;
            if (current.isEmpty()) {
                nextReporter = opener;
            } else if (opener != null && !cast.samePerson(opener, reporter)) {
                if (current.size() < MIN_CLAUSES) {
                    // after a single clause the reporting clause still opens the passage ("关于对齐问题，布尔若表示")
                    nextReporter = opener;
                } else if (roomForNext) {
                    breaks = true;
                    nextReporter = opener;
                }
            } else if (roomForNext && startsParagraph(lines.get(i), current, reporter)) {
                breaks = true;
                nextReporter = opener == null && ENUMERATION.matcher(text).find() ? reporter : opener;
            }
            if (breaks) {
                close(paragraphs, current, reporter);
            }
            reporter = nextReporter;
            current.add(text);
            String named = cast.lastNamed(text);
            if (named != null) {
                lastNamed = named;
                lastNamedAt = i;
            }
        }
        if (!current.isEmpty()) {
            paragraphs.add(new NarrationParagraph(current, reporter));
        }
        return paragraphs;
    }

    /**
     * Whether a line that reports no one new starts a paragraph: the first line of a group of lines the text
     * sets apart, a topic marker, or the reported person named as a subject again, which starts a new report
     * or the narrator's own words about them.
     */
    private boolean startsParagraph(Line line, List<String> current, String reporter) {
        if (current.size() < MIN_CLAUSES) {
            return false;
        }
        return line.opensGroup() || NarrationParagraph.length(current) >= MIN_BREAK_LENGTH
                && !DANGLING_END.matcher(current.getLast()).find()
                && (TOPIC_START.matcher(line.text()).find() || reporter != null && cast.opensWithName(line.text()));
    }

    /** Ends the current paragraph; a lead-in phrase or a 虽然 clause at its end moves on to the next one. */
    private static void close(List<NarrationParagraph> paragraphs, List<String> current, String reporter) {
        String carried = current.size() > MIN_CLAUSES && belongsToNext(current.getLast()) ? current.removeLast() : null;
        paragraphs.add(new NarrationParagraph(current, reporter));
        current.clear();
        if (carried != null) {
            current.add(carried);
        }
    }

    private static boolean belongsToNext(String clause) {
        return LEAD_IN.matcher(clause).matches() || CONCESSIVE.matcher(clause).find();
    }

    /** Cuts an over-long paragraph into about equal parts, each still a paragraph of the same report. */
    private List<NarrationParagraph> cutLong(NarrationParagraph paragraph) {
        List<String> clauses = paragraph.clauses();
        int length = NarrationParagraph.length(clauses);
        if (length <= MAX_LENGTH || clauses.size() < 2 * MIN_CLAUSES) {
            return List.of(paragraph);
        }
        int[] offsets = new int[clauses.size() + 1];
        for (int i = 0; i < clauses.size(); i++) {
            offsets[i + 1] = offsets[i] + NarrationParagraph.length(clauses.get(i));
        }
        int parts = (length + MAX_LENGTH - 1) / MAX_LENGTH;
        List<NarrationParagraph> result = new ArrayList<>();
        int from = 0;
        for (int part = 1; part < parts; part++) {
            int cut = bestCut(clauses, offsets, from, length * part / parts);
            if (cut < 0) {
                break;
            }
            result.addAll(cutLong(new NarrationParagraph(clauses.subList(from, cut), paragraph.reporter())));
            from = cut;
        }
        NarrationParagraph rest = new NarrationParagraph(clauses.subList(from, clauses.size()), paragraph.reporter());
        result.addAll(from == 0 ? List.of(rest) : cutLong(rest));
        return result;
    }

    /**
     * The line boundary nearest the ideal offset, drawn towards sentence starts and reports, away from
     * boundaries inside a sentence.
     */
    private int bestCut(List<String> clauses, int[] offsets, int from, int ideal) {
        int best = -1;
        int bestScore = Integer.MAX_VALUE;
        for (int cut = from + MIN_CLAUSES; cut <= clauses.size() - MIN_CLAUSES; cut++) {
            String before = clauses.get(cut - 1);
            String after = clauses.get(cut);
            int score = Math.abs(offsets[cut] - ideal);
            if (Lines.endsSentence(before) || SENTENCE_START.matcher(after).find() || cast.opensWithName(after)) {
                score -= SENTENCE_START_BONUS;
            }
            if (CONTINUATION.matcher(after).find()) {
                score += SENTENCE_START_BONUS;
            }
            if (DANGLING_END.matcher(before).find() || belongsToNext(before)) {
                score += INSIDE_SENTENCE_PENALTY;
            }
            if (score < bestScore) {
                best = cut;
                bestScore = score;
            }
        }
        return best;
    }
}
