package org.interviewarchive.ingest.parse;

/**
 * A heading or chapter of a transcript.
 *
 * @param title        the heading as written, numbering such as {@code 一、} kept
 * @param startSeconds where a chapter starts in the programme, or null when the text gives no time
 */
public record Section(String title, Integer startSeconds) {

    public static Section titled(String title) {
        return new Section(title, null);
    }
}
