package org.interviewarchive.ingest.parse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Role words in speaker labels: {@code 主持人Hannah Fry} is a host named Hannah Fry, a bare {@code 主持人} or
 * {@code Q} is a role the resolver maps to a person, any other label is a name.
 */
public final class SpeakerRoles {

    /** A role word, then optionally a name; a Latin role word must end at a word boundary ("Hostetler" is a name). */
    private static final Pattern ROLE_AND_NAME = Pattern.compile(
            "^(?:(?<host>主持人|主播|记者|采访者|提问者|(?:host|interviewer|moderator)(?![a-z]))"
                    + "|(?<guest>嘉宾|受访者|(?:guest|interviewee)(?![a-z])))"
                    + "[\\s·・:：()（）\\[\\]【】\\-—]*(?<name>.*?)[\\s)）\\]】]*$",
            Pattern.CASE_INSENSITIVE);
    /** Letters that stand for a role only when they stand alone; a bare "A" is a letter label as often as an answer. */
    private static final Pattern BARE_ROLE = Pattern.compile("^(?:(?<host>q|问)|(?<guest>答))$", Pattern.CASE_INSENSITIVE);

    private SpeakerRoles() {
    }

    /** Whether a label names a role, with or without a person's name after it. */
    static boolean hasRoleWord(String label) {
        return roleLabel(label).isPresent();
    }

    /**
     * The people the labels name, in order of first appearance. A role word followed by a name gives that
     * name the role; bare role words name no one. When some label marks a host, every other named speaker
     * is a guest, since an interview is a host talking with guests.
     */
    static List<Participant> participants(List<String> labels) {
        boolean hostLabelled = labels.stream()
                .map(SpeakerRoles::roleLabel)
                .flatMap(Optional::stream)
                .anyMatch(roleLabel -> roleLabel.role() == Role.HOST);
        Role unlabelledRole = hostLabelled ? Role.GUEST : null;
        // Beside a Q, an A is the answer, a bare role like Q itself, not a letter naming someone.
        boolean questions = labels.stream().anyMatch(label -> label.strip().equalsIgnoreCase("Q"));
        Map<String, Role> roles = new LinkedHashMap<>();
        for (String label : labels) {
            if (questions && label.strip().equalsIgnoreCase("A")) {
                continue;
            }
            Optional<RoleLabel> roleLabel = roleLabel(label);
            if (roleLabel.isEmpty()) {
                roles.putIfAbsent(label.strip(), null);
            } else if (roleLabel.get().name() != null) {
                // a role the text states wins over no role, but never over another stated role
                roles.merge(roleLabel.get().name(), roleLabel.get().role(), (stated, later) -> stated);
            }
        }
        return roles.entrySet().stream()
                .map(entry -> new Participant(entry.getKey(), entry.getValue() != null ? entry.getValue() : unlabelledRole))
                .toList();
    }

    /** A role word of a label and the name after it (null for a bare role word). */
    public record RoleLabel(Role role, String name) {
    }

    /** The role a label's role word names, with the name after it; empty when the label is just a name. */
    public static Optional<RoleLabel> roleLabel(String label) {
        String stripped = label.strip();
        Matcher bare = BARE_ROLE.matcher(stripped);
        if (bare.matches()) {
            return Optional.of(new RoleLabel(bare.group("host") != null ? Role.HOST : Role.GUEST, null));
        }
        Matcher matcher = ROLE_AND_NAME.matcher(stripped);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String name = matcher.group("name").strip();
        return Optional.of(new RoleLabel(matcher.group("host") != null ? Role.HOST : Role.GUEST,
                name.isEmpty() ? null : name));
    }
}
