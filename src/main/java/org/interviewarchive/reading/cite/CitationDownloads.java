package org.interviewarchive.reading.cite;

import java.util.List;
import java.util.stream.Stream;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/** Where the citation files of a quote, an interview or a search are: the page's path, {@code /cite.}, the format. */
public final class CitationDownloads {

    /** The model attribute under which the search page finds the downloads of its results. */
    public static final String SEARCH_ATTRIBUTE = "citationDownloads";

    private CitationDownloads() {
    }

    static List<CitationBlock.Download> of(String path) {
        return of(path, null);
    }

    /** The files of a search's results, keeping its words, filters, sort and page. */
    public static List<CitationBlock.Download> ofSearch(String searchPath, MultiValueMap<String, String> parameters) {
        return of(searchPath, parameters);
    }

    private static List<CitationBlock.Download> of(String path, MultiValueMap<String, String> parameters) {
        return Stream.of(CitationFile.values())
                .map(file -> new CitationBlock.Download(file.label(), UriComponentsBuilder
                        .fromPath(path + "/cite." + file.extension())
                        .queryParams(parameters)
                        .encode()
                        .build()
                        .toUriString()))
                .toList();
    }
}
