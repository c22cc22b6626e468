package org.interviewarchive.reading.cite;

/** Whose words a cited text is, which decides who is its author. */
enum Attribution {
    /** The author's own words: a speaker's turn, a narrator's narration, a whole interview. */
    OWN,
    /** A narrator retelling what the subject said: the narrator is the author. */
    RETOLD,
    /** Notes summarising the subject's views: the notes' source is the author, never the subject. */
    NOTES
}
