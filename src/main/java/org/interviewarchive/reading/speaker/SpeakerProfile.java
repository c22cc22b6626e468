package org.interviewarchive.reading.speaker;

import java.util.List;
import org.interviewarchive.interview.Role;
import org.interviewarchive.interview.SpeakerAppearance;

/** A speaker with every interview they take part in, newest first. */
public record SpeakerProfile(SpeakerView speaker, List<SpeakerAppearance> appearances) {

    /** How many of a speaker's interviews a list of speakers names; the speaker's own page names them all. */
    private static final int LISTED_APPEARANCES = 5;

    /** The newest of their interviews, as many as a list of speakers names. */
    public List<SpeakerAppearance> listedAppearances() {
        return appearances.subList(0, Math.min(appearances.size(), LISTED_APPEARANCES));
    }

    /** How many of their interviews a list of speakers leaves to their page. */
    public int unlistedAppearances() {
        return appearances.size() - listedAppearances().size();
    }

    /** Their roles across interviews, each once: what to say of someone with no quotes, such as a silent host. */
    public List<Role> roles() {
        return appearances.stream().map(SpeakerAppearance::role).distinct().toList();
    }
}
