package org.interviewarchive.ingest.parse;

import java.util.List;

/**
 * A term a transcript defines in its own glossary: a ready-made topic vocabulary.
 *
 * @param term        the term as written
 * @param aliases     other names the definition gives (an expansion, a translation)
 * @param explanation the definition
 */
public record GlossaryTerm(String term, List<String> aliases, String explanation) {
}
