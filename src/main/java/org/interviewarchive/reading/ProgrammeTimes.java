package org.interviewarchive.reading;

/** Times in a programme as readers read them: {@code 2:05}, {@code 1:02:03}; estimated ones marked {@code ≈}. */
public final class ProgrammeTimes {

    private ProgrammeTimes() {
    }

    /** The time, or null when there is none. */
    public static String of(Integer seconds) {
        if (seconds == null) {
            return null;
        }
        int hours = seconds / 3600;
        int minutes = seconds / 60 % 60;
        int rest = seconds % 60;
        return hours > 0 ? "%d:%02d:%02d".formatted(hours, minutes, rest) : "%d:%02d".formatted(minutes, rest);
    }

    /** The time the transcript states, else the estimate marked as such; null when there is neither. */
    public static String startOf(Integer stated, Integer estimated) {
        return stated != null ? of(stated) : estimated(estimated);
    }

    /** An estimated time, marked as such, or null when there is none. */
    public static String estimated(Integer seconds) {
        return seconds == null ? null : "≈ " + of(seconds);
    }
}
