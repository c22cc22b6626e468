package org.interviewarchive.reading.interview;

import java.util.List;
import org.interviewarchive.interview.InterviewView;
import org.interviewarchive.interview.Role;
import org.interviewarchive.quote.QuoteKind;
import org.interviewarchive.speaker.SpeakerRef;

/**
 * An interview as its reading page shows it: metadata, participants, contents, and the quotes the reader's filters
 * let through, grouped under their section headings. Every link is built here, so the template only displays.
 *
 * @param query      what the reader asked for, less what does not apply (a show mode where nothing is translated);
 *                   a form that keeps the filters (such as a find box) takes its hidden fields from it
 * @param shown      how many quotes the filters let through
 * @param total      how many quotes the interview has
 * @param shows      the original/translation choices, empty when no quote has a translation
 * @param clearUrl   the whole interview, keeping the show mode
 * @param exportUrl  the Markdown export of what is shown
 * @param sourceLink the interview's source URL when it is a web address a reader can follow, else null
 * @param mediaLink  the original recording's URL under the same condition
 * @param topics     the vocabulary's terms this interview talks about, most first, each a filter to toggle
 * @param keyTerms   the interview's most distinctive words, each a search within it
 * @param find       what "find in this interview" found, null when nothing was asked
 * @param speakerStrip who speaks when: one mark per turn across the interview's length
 * @param topicStrip where the topics the reader filtered by occur, null without a topic filter
 * @param page       which page of the shown quotes this is, from 1 (a long interview is read a few hundred quotes a
 *                   page; the contents, filters and strips cover all of it)
 * @param previousPageUrl the page before, null on the first
 * @param nextPageUrl     the page after, null on the last
 */
public record Reading(
        InterviewView interview,
        ReadingQuery query,
        List<Participant> participants,
        List<ContentsEntry> contents,
        List<Part> parts,
        List<ActiveFilter> filters,
        int shown,
        int total,
        List<ShowOption> shows,
        String clearUrl,
        String exportUrl,
        String sourceLink,
        String mediaLink,
        List<TopicChip> topics,
        List<KeyTerm> keyTerms,
        Find find,
        List<Mark> speakerStrip,
        List<Mark> topicStrip,
        int page,
        int pages,
        String previousPageUrl,
        String nextPageUrl) {

    /** The width of a strip in SVG units; marks are placed on it in proportion to the text. */
    static final int STRIP_WIDTH = 1000;

    public boolean filtered() {
        return !filters.isEmpty();
    }

    /** The width strips are drawn in, for the page's SVG view boxes. */
    public int stripWidth() {
        return STRIP_WIDTH;
    }

    /**
     * A participant with the colour their quotes carry and the link that adds them to, or takes them out of, the
     * speaker filter.
     */
    public record Participant(String slug, String name, Role role, int quotes, String colour, boolean selected,
                              String toggleUrl) {
    }

    /**
     * One line of the table of contents.
     *
     * @param href      where the section's heading is: on this page when it shows any of its quotes, in the whole
     *                  interview when a filter hides them, null when the section has no quotes at all
     * @param time      when the chapter starts in the programme, as the text gives it; null when it gives none
     * @param filterUrl this page narrowed to this section alone, or when selected no longer narrowed to it
     */
    public record ContentsEntry(String slug, String title, String time, int quotes, String href, String filterUrl,
                                boolean selected) {
    }

    /**
     * A run of shown quotes under one heading.
     *
     * @param anchor the heading's id, null for quotes before the first heading
     * @param title  the heading, null for quotes before the first heading
     */
    public record Part(String anchor, String title, List<Line> lines) {
    }

    /**
     * One quote as shown. {@code text} is what the show mode puts first, {@code secondText} the translation shown
     * under it (null when none is shown).
     *
     * @param turnStart   whether the speaker's name goes above it: the first shown quote of a turn or of a part
     * @param inPlaceUrl  the quote in the whole interview, for filtered pages; null on the whole interview
     * @param time        where the turn starts in the programme, as the transcript states it or estimated and
     *                    marked ≈; null when unknown or not a turn's start
     * @param timeUrl     the recording at that moment, null when there is no recording that takes a time
     * @param originalLang the language the words were spoken in, to mark which text is the original
     * @param narrator    who retells a REPORTED quote, null otherwise
     * @param notesSource whose notes word a SUMMARY, null otherwise
     * @param repliesTo   under a speaker filter, the turn this shown answer replies to, which the filter hides; null
     *                    otherwise
     */
    public record Line(String id, SpeakerRef speaker, QuoteKind kind, String colour, boolean turnStart,
                       String text, String lang, String secondText, String secondLang, String permalink,
                       String inPlaceUrl, Marked marked, List<Tag> tags, String time, boolean timeEstimated,
                       String timeUrl, String originalLang, SpeakerRef narrator, String notesSource,
                       Reply repliesTo) {

        public String anchor() {
            return "q-" + id;
        }

        /** Whether the text shown first is what was spoken, beside a translation. */
        public boolean textSpoken() {
            return secondText != null && lang.equals(originalLang);
        }

        /** Whether the text shown second is what was spoken. */
        public boolean secondSpoken() {
            return secondText != null && secondLang.equals(originalLang);
        }
    }

    /** The turn a shown answer replies to, kept folded above it so that the answer keeps its question. */
    public record Reply(SpeakerRef speaker, String text, String anchor) {
    }

    /**
     * A line's texts with the words being found marked: HTML the search escaped and marked, in the same places as
     * {@link Line#text()} and {@link Line#secondText()}.
     *
     * @param number   which match this is on the page, from 1
     * @param previous the link to the match before it, null for the first
     * @param next     the link to the match after it, null for the last
     */
    public record Marked(String text, String secondText, int number, String previous, String next) {
    }

    /** A term a quote is tagged with, linking to the interview filtered by it. */
    public record Tag(String label, String url) {
    }

    /** A term the interview talks about, with how many of its quotes, and the link that toggles its filter. */
    public record TopicChip(String slug, String label, int quotes, String url, boolean selected) {
    }

    public record KeyTerm(String term, String searchUrl) {
    }

    /**
     * @param matches how many quotes of the interview the words match
     * @param shown   how many of them the filters let through
     * @param first   the link to the first match shown, null when none is
     * @param clearUrl this page without the words
     */
    public record Find(String words, int matches, int shown, String first, String clearUrl) {
    }

    /**
     * A mark on a strip: from {@code x}, {@code width} wide (in {@link #STRIP_WIDTH} units), in the speaker's colour,
     * linking to the quote; {@code label} is its text alternative.
     */
    public record Mark(double x, double width, String colour, String href, String label) {
    }

    /**
     * A filter the reader turned on, with the link that turns it off.
     *
     * @param kind  {@code speaker} or {@code topic}
     * @param label the speaker's name or section's title, or the value as given when it names nothing
     * @param known whether the value names a speaker or section of this interview
     */
    public record ActiveFilter(String kind, String label, boolean known, String removeUrl) {
    }

    /**
     * One choice of what to show of translated quotes.
     *
     * @param mode {@code both}, {@code original} or {@code translation}
     * @param lang the language shown alone, null for both
     */
    public record ShowOption(String mode, String lang, String url, boolean selected) {
    }
}
