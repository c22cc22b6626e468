package org.interviewarchive.ingest.parse;

import java.util.List;

/**
 * A parsed transcript: plain data, nothing resolved or stored yet.
 *
 * @param layout       the layout it was parsed as
 * @param metadata     what the text says about itself
 * @param sections     headings or chapters in order
 * @param participants people the text names as taking part, in order of appearance
 * @param passages     every quotable paragraph in reading order
 * @param glossary     terms the text defines, empty for most layouts
 */
public record Transcript(
        Layout layout,
        TranscriptMetadata metadata,
        List<Section> sections,
        List<Participant> participants,
        List<Passage> passages,
        List<GlossaryTerm> glossary) {

    public Transcript {
        sections = List.copyOf(sections);
        participants = List.copyOf(participants);
        passages = List.copyOf(passages);
        glossary = List.copyOf(glossary);
    }
}
