package org.interviewarchive.reading.search;

import java.time.LocalDate;
import java.util.List;
import org.interviewarchive.quote.QuoteKind;
import org.interviewarchive.speaker.SpeakerRef;

/**
 * The search page as a reader sees it: hits with their highlights and places, facets that narrow or widen the search,
 * the filters that are on, and the way to other pages. Every link is built here; the template only displays.
 *
 * @param asked whether the reader asked anything (words or a filter); an empty search shows only the box and tips
 */
public record SearchPage(
        String query,
        boolean asked,
        long total,
        int page,
        int pages,
        List<Hit> hits,
        List<Facet> facets,
        List<ActiveFilter> filters,
        String previousUrl,
        String nextUrl,
        List<SortOption> sorts,
        String withoutFiltersUrl,
        String withoutWordsUrl,
        List<ModeOption> modes) {

    /**
     * One hit. {@code highlight} and {@code translationHighlight} are HTML the search built: every character of the
     * quote escaped, the matches wrapped in {@code <mark>}; for a hit of {@code similarMeaning} alone, the sentence
     * nearest the query's meaning. {@code group} heads the first hit of a group in a speaker's search ({@code own},
     * {@code REPORTED} or {@code SUMMARY}); null elsewhere. {@code shortTitle} is the interview's title cut to fit one
     * line beside its date (null when it has none).
     */
    public record Hit(String id, String speakerName, String speakerUrl, QuoteKind kind, String interviewTitle,
            String interviewUrl, String section, String highlight, String lang, String translationHighlight,
            String translationLang, String permalink, String inPlaceUrl, SpeakerRef speaker, SpeakerRef narrator,
            String notesSource, String group, LocalDate interviewDate, String shortTitle, boolean similarMeaning) {
    }

    /** How to search (words and meaning, words, meaning); none when search by meaning is off. */
    public record ModeOption(String mode, String url, boolean selected) {
    }

    /** A facet: its dimension ({@code speaker}, {@code interview}, {@code topic}, {@code kind}) and values. */
    public record Facet(String dimension, List<FacetLink> values) {
    }

    /** A facet value; its link adds it to the search, or removes it when it is already on. */
    public record FacetLink(String label, QuoteKind kind, long count, String url, boolean selected) {
    }

    public record ActiveFilter(String dimension, String label, String removeUrl) {
    }

    public record SortOption(String sort, String url, boolean selected) {
    }
}
