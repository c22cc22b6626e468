package org.interviewarchive.reading.cite;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An author as citation styles need them: a person written in Latin letters splits into family and given names; a
 * name in Chinese characters, a channel or a publisher stays whole ({@code literal}), as the styles ask.
 */
record Name(String family, String given, String literal) {

    private static final Pattern LATIN_PERSON =
            Pattern.compile("\\p{IsLatin}[\\p{IsLatin}.'’-]*(?: \\p{IsLatin}[\\p{IsLatin}.'’-]*)+");

    static Name of(String full) {
        String name = full.strip().replaceAll("\\s+", " ");
        if (!LATIN_PERSON.matcher(name).matches()) {
            return whole(name);
        }
        int last = name.lastIndexOf(' ');
        return new Name(name.substring(last + 1), name.substring(0, last), null);
    }

    /** A publisher, a programme or a channel: never split. */
    static Name whole(String name) {
        return new Name(null, null, name.strip());
    }

    boolean person() {
        return literal == null;
    }

    /** As read: {@code Jeff Dean}. */
    String natural() {
        return person() ? given + " " + family : literal;
    }

    /** Family name first: {@code Dean, Jeff}. */
    String inverted() {
        return person() ? family + ", " + given : literal;
    }

    /** APA: {@code Dean, J.} */
    String familyInitials() {
        return person() ? family + ", " + initials(". ") + "." : literal;
    }

    /** GB/T 7714: {@code DEAN J}, the family name in capitals and the initials without full stops. */
    String gbt() {
        return person() ? family.toUpperCase(java.util.Locale.ROOT) + " " + initials(" ") : literal;
    }

    private String initials(String separator) {
        return Arrays.stream(given.split("[ -]"))
                .filter(part -> !part.isEmpty())
                .map(part -> part.substring(0, 1))
                .collect(Collectors.joining(separator));
    }
}
