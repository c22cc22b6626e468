package org.interviewarchive.reading.cite;

import java.time.LocalDate;
import java.util.List;

/**
 * What every citation style and file format is made from: one quote, or one whole interview.
 *
 * @param key          a key for reference managers: {@code q-} and the quote id, or the interview's slug
 * @param quote        whether this is one quote rather than a whole interview
 * @param authors      whose text it is; empty when nobody can be named
 * @param interviewers who asked, for a speaker's own words in an interview; else empty
 * @param attribution  whose words these are
 * @param subject      the person a retelling or notes are about, null for one's own words
 * @param title        the interview's title
 * @param container    the publisher or programme, null when unknown
 * @param issued       the interview's publication date, null when unknown
 * @param url          the permalink cited
 * @param accessed     the day the reader looks it up
 * @param lang         the language of the text as the archive shows it
 * @param words        the quote's words, null for an interview
 */
record CitedWork(String key, boolean quote, List<Name> authors, List<Name> interviewers, Attribution attribution,
                 String subject, String title, String container, LocalDate issued, String url, LocalDate accessed,
                 String lang, Words words) {

    /** The language the words were spoken in when it is not the one shown, else null. */
    String spokenElsewhere() {
        return words == null || words.spokenLang().equals(lang) ? null : words.spokenLang();
    }
}
