package org.interviewarchive.topic;

import java.util.List;

/** A glossary term as the ingest read it from a transcript. */
public record GlossaryEntry(String term, List<String> aliases, String explanation) {

    public GlossaryEntry {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
