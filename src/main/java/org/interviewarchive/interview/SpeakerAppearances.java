package org.interviewarchive.interview;

import java.util.List;
import org.interviewarchive.speaker.Speaker;

/** A speaker with every interview they take part in, newest first. */
public record SpeakerAppearances(Speaker speaker, List<SpeakerAppearance> appearances) {
}
