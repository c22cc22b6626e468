package org.interviewarchive.ingest.parse;

/** The kinds of transcript layout the ingest recognises, each handled by one {@link TranscriptParser}. */
public enum Layout {
    /** A web article: each speaker's name alone on a line, then that speaker's paragraphs. */
    NAME_LINES,
    /** Markdown with {@code **Name：**} labels and hard-wrapped lines. */
    LABELLED_MARKDOWN,
    /** Narration, one short phrase per line, no speaker labels. */
    PHRASE_NARRATION,
    /** {@code Speaker N} subtitle blocks, each a Chinese line and its English original. */
    BILINGUAL_SUBTITLES,
    /** Structured notes: metadata table, {@code ##} sections, bullet summaries, blockquoted quotes. */
    STRUCTURED_NOTES,
    /** SRT or WebVTT subtitles: numbered, timed cues, speakers named by voice tags or {@code Name:} prefixes. */
    SUBTITLE_CUES
}
