package org.interviewarchive.reading.speaker;

import java.util.List;
import org.interviewarchive.interview.Role;
import org.interviewarchive.interview.SpeakerAppearance;

/** A speaker with every interview they take part in, newest first. */
public record SpeakerProfile(SpeakerView speaker, List<SpeakerAppearance> appearances) {

    /** Their roles across interviews, each once: what to say of someone with no quotes, such as a silent host. */
    public List<Role> roles() {
        return appearances.stream().map(SpeakerAppearance::role).distinct().toList();
    }
}
