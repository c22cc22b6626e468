package org.interviewarchive.ingest.parse;

import java.util.List;

/**
 * A paragraph of narration before its clauses are joined.
 *
 * @param clauses  its lines, in order
 * @param reporter the person whose view it reports, as written, or null for the narrator's own words
 */
record NarrationParagraph(List<String> clauses, String reporter) {

    private static final String SENTENCE_END = "。！？!?…";
    private static final String PAUSE = "，、；：,;:";
    private static final String OWN_PUNCTUATION = SENTENCE_END + PAUSE + "—～~.";
    private static final String CLOSING = "”’」』）)]》\"'";

    NarrationParagraph {
        clauses = List.copyOf(clauses);
    }

    /** About the length of the joined text: each clause with the punctuation that joins it to the next. */
    static int length(String clause) {
        return Lines.length(clause) + 1;
    }

    static int length(List<String> clauses) {
        return clauses.stream().mapToInt(NarrationParagraph::length).sum();
    }

    /**
     * The clauses joined into sentences: a comma after a clause without punctuation of its own, a full stop
     * at the end; punctuation a clause has is kept. Chinese takes no spaces; Latin words keep theirs.
     */
    String text(boolean chinese) {
        String comma = chinese ? "，" : ",";
        String fullStop = chinese ? "。" : ".";
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < clauses.size(); i++) {
            String clause = clauses.get(i).strip();
            boolean last = i == clauses.size() - 1;
            if (last) {
                clause = endSentence(clause, fullStop);
            } else if (!endsWithPunctuation(clause)) {
                clause += comma;
            }
            if (!text.isEmpty() && Lines.needsSpace(text.charAt(text.length() - 1), clause.charAt(0))) {
                text.append(' ');
            }
            text.append(clause);
        }
        return text.toString();
    }

    private static String endSentence(String clause, String fullStop) {
        char end = clause.charAt(clause.length() - 1);
        if (SENTENCE_END.indexOf(end) >= 0 || CLOSING.indexOf(end) >= 0 && endsWithPunctuation(clause)) {
            return clause;
        }
        if (PAUSE.indexOf(end) >= 0) {
            return clause.substring(0, clause.length() - 1) + fullStop;
        }
        return clause + fullStop;
    }

    /** Whether a clause ends with punctuation of its own; a closing quote or bracket counts only after it. */
    private static boolean endsWithPunctuation(String clause) {
        int end = clause.length() - 1;
        while (end > 0 && CLOSING.indexOf(clause.charAt(end)) >= 0) {
            end--;
        }
        return OWN_PUNCTUATION.indexOf(clause.charAt(end)) >= 0;
    }
}
