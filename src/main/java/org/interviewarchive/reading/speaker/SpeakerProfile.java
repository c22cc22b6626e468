package org.interviewarchive.reading.speaker;

import java.util.List;
import org.interviewarchive.interview.SpeakerAppearance;

/** A speaker with every interview they take part in, newest first. */
public record SpeakerProfile(SpeakerView speaker, List<SpeakerAppearance> appearances) {
}
