package org.interviewarchive.ingest.parse;

/** Tells Chinese from English text by its characters. */
public final class Languages {

    public static final String CHINESE = "zh";
    public static final String ENGLISH = "en";

    private Languages() {
    }

    /** {@code zh} when Han characters make up a fair share of the letters, otherwise {@code en}. */
    public static String detect(String text) {
        int han = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isHan(cp)) {
                han++;
            } else if (Character.isLetter(cp)) {
                latin++;
            }
            i += Character.charCount(cp);
        }
        // A Han character carries about as much as a short English word, so weigh them up.
        return han * 4 >= latin && han > 0 ? CHINESE : ENGLISH;
    }

    public static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    public static boolean hasHan(String text) {
        return text.codePoints().anyMatch(Languages::isHan);
    }
}
