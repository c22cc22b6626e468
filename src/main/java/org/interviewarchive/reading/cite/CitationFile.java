package org.interviewarchive.reading.cite;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.http.MediaType;

/** The files a reference manager imports, by the extension a download's address ends in. */
enum CitationFile {
    BIBTEX("BibTeX", "bib", "application/x-bibtex"),
    RIS("RIS", "ris", "application/x-research-info-systems"),
    CSL_JSON("CSL-JSON", "json", "application/vnd.citationstyles.csl+json");

    private final String label;
    private final String extension;
    private final MediaType type;

    CitationFile(String label, String extension, String type) {
        this.label = label;
        this.extension = extension;
        this.type = MediaType.parseMediaType(type + ";charset=UTF-8");
    }

    static Optional<CitationFile> byExtension(String extension) {
        return Stream.of(values()).filter(file -> file.extension.equals(extension)).findFirst();
    }

    String label() {
        return label;
    }

    String extension() {
        return extension;
    }

    MediaType type() {
        return type;
    }

    String write(List<CitedWork> works, CitationLabels labels) {
        return switch (this) {
            case BIBTEX -> BibtexFile.write(works, labels);
            case RIS -> RisFile.write(works, labels);
            case CSL_JSON -> CslJsonFile.write(works, labels);
        };
    }
}
