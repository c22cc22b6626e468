package org.interviewarchive.reading.cite;

import org.interviewarchive.quote.QuoteView;

/**
 * A quote's words as a citation quotes them: the words as spoken when the archive has them, else the text it has,
 * which is then a translation.
 *
 * @param spoken          the words in the language they were spoken, null when only a translation is stored
 * @param spokenLang      the language they were spoken in
 * @param translation     the other text, a translation of the spoken words; null when there is none
 * @param translationLang its language
 */
record Words(String spoken, String spokenLang, String translation, String translationLang) {

    static Words of(QuoteView quote) {
        String spokenLang = quote.originalLang() == null ? quote.lang() : quote.originalLang();
        if (spokenLang.equals(quote.lang())) {
            return new Words(quote.text(), spokenLang, quote.translation(), quote.translationLang());
        }
        if (spokenLang.equals(quote.translationLang())) {
            return new Words(quote.translation(), spokenLang, quote.text(), quote.lang());
        }
        return new Words(null, spokenLang, quote.text(), quote.lang());
    }
}
