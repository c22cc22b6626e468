package org.interviewarchive.ingest.parse;

/** Times as transcripts write them: {@code 0:12}, {@code 12:34}, {@code 1:02:03}, {@code 00:11:37.19}, {@code 00:00:01,000}. */
final class Timestamps {

    private Timestamps() {
    }

    /** Whole seconds of a clock reading, fractions dropped. */
    static int seconds(String time) {
        String whole = time.split("[.,]")[0];
        int seconds = 0;
        for (String part : whole.split(":")) {
            seconds = seconds * 60 + Integer.parseInt(part);
        }
        return seconds;
    }
}
