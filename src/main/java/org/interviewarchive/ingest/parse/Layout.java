package org.interviewarchive.ingest.parse;

/** The kinds of transcript layout the ingest recognises, each handled by one {@link TranscriptParser}. */
public enum Layout {
    /** A web article: each speaker's name alone on a line, then that speaker's paragraphs. */
    NAME_LINES,
    /** Speaker labels at line starts in any of the usual spellings: {@code Name: text}, {@code **Name：**}, {@code 【说话人1】}. */
    LABELLED_TURNS,
    /** Narration, one short phrase per line, no speaker labels. */
    PHRASE_NARRATION,
    /** {@code Speaker N} subtitle blocks, each a Chinese line and its English original. */
    BILINGUAL_SUBTITLES,
    /** Structured notes: metadata table, {@code ##} sections, bullet summaries, blockquoted quotes. */
    STRUCTURED_NOTES,
    /** SRT, WebVTT or Whisper segments: timed cues, speakers named by voice tags, prefixes or dialogue dashes. */
    SUBTITLE_CUES,
    /** A markdown table with a speaker column, an optional time column and the text in one or two languages. */
    TABLE,
    /** Readable text in which no speakers can be found: unattributed paragraphs. */
    PLAIN_TEXT
}
