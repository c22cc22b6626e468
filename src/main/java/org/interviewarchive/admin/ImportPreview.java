package org.interviewarchive.admin;

import java.util.ArrayList;
import java.util.List;
import org.interviewarchive.ingest.TranscriptPreview;

/**
 * One staged file as the import page shows it before anything is stored: what the ingest would make of it, and a row
 * per speaker label to say who the label is.
 *
 * @param index the file's place in the upload, naming its form fields ({@code f0.person1})
 * @param name  the file's name as uploaded
 */
record ImportPreview(int index, String name, TranscriptPreview preview, List<LabelRow> rows) {

    /**
     * @param person who the label stands for: as mapped before, or as the archive knows the label, or the label
     * @param role   the role given before, or empty
     */
    record LabelRow(int index, String label, int turns, String person, String role) {
    }

    static ImportPreview of(int index, String name, TranscriptPreview preview) {
        List<LabelRow> rows = new ArrayList<>();
        for (int i = 0; i < preview.labels().size(); i++) {
            TranscriptPreview.LabelUse use = preview.labels().get(i);
            rows.add(new LabelRow(i, use.label(), use.turns(), use.person() != null ? use.person() : use.label(), ""));
        }
        return new ImportPreview(index, name, preview, List.copyOf(rows));
    }
}
