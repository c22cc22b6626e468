package org.interviewarchive.admin;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.util.MultiValueMap;

/**
 * Who each label of one previewed file stands for, as the admin filled the rows in: {@code f0.label1},
 * {@code f0.person1}, {@code f0.role1}. A person left as the label says nothing new; a role is kept for the person.
 */
record LabelMapping(Map<String, String> speakers, Map<String, String> roles) {

    private static final Set<String> ROLES = Set.of("HOST", "GUEST", "NARRATOR");
    /** More rows than any transcript has labels are not read. */
    private static final int MOST_LABELS = 500;

    static LabelMapping from(MultiValueMap<String, String> fields, int file) {
        Map<String, String> speakers = new LinkedHashMap<>();
        Map<String, String> roles = new LinkedHashMap<>();
        for (int row = 0; row < MOST_LABELS; row++) {
            String label = fields.getFirst("f" + file + ".label" + row);
            if (label == null) {
                break;
            }
            String person = strip(fields.getFirst("f" + file + ".person" + row));
            String role = strip(fields.getFirst("f" + file + ".role" + row)).toUpperCase(Locale.ROOT);
            String who = person.isEmpty() ? label : person;
            if (!person.isEmpty() && !person.equals(label)) {
                speakers.put(label, person);
            }
            if (ROLES.contains(role)) {
                roles.put(who, role);
            }
        }
        return new LabelMapping(speakers, roles);
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
