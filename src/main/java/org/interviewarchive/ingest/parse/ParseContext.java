package org.interviewarchive.ingest.parse;

import java.util.Set;

/**
 * What a parser may know beyond the text: the names the speaker registry and the transcript's sidecar know.
 * Parsers use it to recognise a name when they see one, never to decide a layout.
 *
 * @param knownNames every canonical name, alias and sidecar label, as written
 */
public record ParseContext(Set<String> knownNames) {

    public ParseContext {
        knownNames = Set.copyOf(knownNames);
    }

    public static ParseContext empty() {
        return new ParseContext(Set.of());
    }

    public boolean isKnownName(String candidate) {
        return knownNames.contains(candidate.strip());
    }
}
