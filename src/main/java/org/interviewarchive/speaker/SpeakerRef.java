package org.interviewarchive.speaker;

/** How other features show a speaker: slug and name. */
public record SpeakerRef(String slug, String name) {

    /** Null for unattributed text. */
    public static SpeakerRef of(Speaker speaker) {
        return speaker == null ? null : new SpeakerRef(speaker.getSlug(), speaker.getName());
    }
}
