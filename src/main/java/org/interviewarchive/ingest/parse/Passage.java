package org.interviewarchive.ingest.parse;

/**
 * One paragraph of one turn: the unit that becomes a quote.
 *
 * @param speaker          the speaker's label as the text writes it ({@code 主持人}, {@code Speaker 0}, {@code 布尔若}),
 *                         or null for unattributed text
 * @param turn             the turn number, from 1; consecutive paragraphs of one turn share it
 * @param section          index into {@link Transcript#sections()}, or -1 before the first section
 * @param kind             how the passage relates to its speaker
 * @param text             the paragraph, wrapped lines joined back
 * @param lang             ISO 639-1 code of {@code text}
 * @param translation      the same paragraph in another language, or null
 * @param translationLang  ISO 639-1 code of {@code translation}, or null
 * @param originalLang     the language the words were spoken in: {@code lang}, or {@code translationLang} when the
 *                         text is a rendering of what was said in the other language
 * @param startSeconds     where in the programme the passage starts, as the transcript states it, or null
 * @param estimatedSeconds where in the programme the passage starts, estimated from its place in the spoken text,
 *                         or null when the text gives no times to estimate from or states the time itself
 */
public record Passage(
        String speaker,
        int turn,
        int section,
        QuoteKind kind,
        String text,
        String lang,
        String translation,
        String translationLang,
        String originalLang,
        Integer startSeconds,
        Integer estimatedSeconds) {

    public Passage {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a passage needs text");
        }
        if (turn < 1) {
            throw new IllegalArgumentException("turns count from 1");
        }
        if (originalLang == null) {
            originalLang = lang;
        }
        if (!originalLang.equals(lang) && !originalLang.equals(translationLang)) {
            throw new IllegalArgumentException("the original is the text or its translation");
        }
    }

    /** A passage spoken in the language of its text, with no times: most layouts have none. */
    public Passage(String speaker, int turn, int section, QuoteKind kind, String text, String lang, String translation,
            String translationLang) {
        this(speaker, turn, section, kind, text, lang, translation, translationLang, lang, null, null);
    }

    /** The same passage, estimated to start {@code seconds} into the programme. */
    public Passage estimatedAt(int seconds) {
        return new Passage(speaker, turn, section, kind, text, lang, translation, translationLang, originalLang,
                startSeconds, seconds);
    }

    /** The same passage, starting {@code seconds} into the programme as the transcript says. */
    public Passage at(Integer seconds) {
        return new Passage(speaker, turn, section, kind, text, lang, translation, translationLang, originalLang,
                seconds, estimatedSeconds);
    }

    /** The same passage, spoken in {@code language}: its text's, or its translation's when that is the original. */
    public Passage spokenIn(String language) {
        String original = translation != null && language.equals(translationLang) ? translationLang : lang;
        return new Passage(speaker, turn, section, kind, text, lang, translation, translationLang, original,
                startSeconds, estimatedSeconds);
    }

    /** A passage with no translation. */
    public static Passage of(String speaker, int turn, int section, QuoteKind kind, String text) {
        return new Passage(speaker, turn, section, kind, text, Languages.detect(text), null, null);
    }
}
