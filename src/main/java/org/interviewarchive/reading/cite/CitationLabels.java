package org.interviewarchive.reading.cite;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * The words and dates of a citation in the reader's interface language: English spells the months as each style
 * asks; Chinese writes dates as 2025年12月22日 in every style.
 */
final class CitationLabels {

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    /** MLA's abbreviations: four-letter Sept., and May, June and July in full. */
    private static final List<String> MLA_MONTHS =
            List.of("Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.");

    private final MessageSource messages;
    private final Locale locale;

    CitationLabels(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    boolean chinese() {
        return "zh".equals(locale.getLanguage());
    }

    Locale locale() {
        return locale;
    }

    String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    /** {@code December 22, 2025}. */
    String monthDayYear(LocalDate date) {
        return chinese() ? CHINESE_DATE.format(date)
                : month(date) + " " + date.getDayOfMonth() + ", " + date.getYear();
    }

    /** APA's date in parentheses: {@code 2025, December 22}, or "n.d." for none. */
    String apaDate(LocalDate date) {
        if (date == null) {
            return message("cite.noDate");
        }
        return chinese() ? CHINESE_DATE.format(date) : date.getYear() + ", " + month(date) + " " + date.getDayOfMonth();
    }

    /** MLA's {@code 22 Dec. 2025}. */
    String mlaDate(LocalDate date) {
        return chinese() ? CHINESE_DATE.format(date)
                : date.getDayOfMonth() + " " + MLA_MONTHS.get(date.getMonthValue() - 1) + " " + date.getYear();
    }

    /** The notes in one phrase, as the interface language separates them; empty for none. */
    String joined(List<String> notes) {
        return String.join(message("cite.noteSeparator"), notes);
    }

    /** What the text is and who asked: {@link #whatItIs} and the interviewers. */
    List<String> notes(CitedWork work) {
        List<String> notes = whatItIs(work);
        if (!work.interviewers().isEmpty()) {
            notes.add(message("cite.interviewBy", names(work.interviewers())));
        }
        return notes;
    }

    /** What the text is when it is not its author's own words, and the language it was spoken in when not shown. */
    List<String> whatItIs(CitedWork work) {
        List<String> notes = new ArrayList<>();
        if (work.subject() != null) {
            switch (work.attribution()) {
                case RETOLD -> notes.add(work.authors().isEmpty() ? message("cite.retoldAnonymously", work.subject())
                        : message("cite.retold", work.subject(), names(work.authors())));
                case NOTES -> notes.add(message("cite.notes", work.subject()));
                case OWN -> {
                }
            }
        }
        if (work.spokenElsewhere() != null) {
            notes.add(message("cite.spoken", language(work.spokenElsewhere())));
        }
        return notes;
    }

    String language(String tag) {
        return Locale.forLanguageTag(tag).getDisplayLanguage(locale);
    }

    /** Names as read, joined as a sentence of the interface language joins them. */
    String names(List<Name> names) {
        List<String> natural = names.stream().map(Name::natural).toList();
        if (natural.size() == 1) {
            return natural.getFirst();
        }
        String last = natural.getLast();
        return String.join(message("cite.nameSeparator"), natural.subList(0, natural.size() - 1))
                + message("cite.lastNameSeparator") + last;
    }

    private String month(LocalDate date) {
        return date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
