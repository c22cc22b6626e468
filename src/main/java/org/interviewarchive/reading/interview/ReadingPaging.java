package org.interviewarchive.reading.interview;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.interviewarchive.quote.PlacedQuote;
import org.interviewarchive.reading.ReadingPages;

/**
 * Which of the shown quotes this page holds, and the link to any quote or section of the interview wherever it
 * stands: on this page, on another page of what is shown, or in the whole interview when a filter hides it.
 *
 * @param page the page asked for, from 1; 0 for every shown quote on one page (the export)
 */
record ReadingPaging(ReadingContext context, List<PlacedQuote> shown, int page, Map<String, Integer> shownIndex,
                     Map<String, Integer> allIndex, Map<Integer, Integer> firstShownOfSection,
                     Map<Integer, Integer> firstOfSection) {

    static ReadingPaging of(ReadingContext context, List<PlacedQuote> shown, int asked) {
        Map<String, Integer> shownIndex = new HashMap<>();
        Map<Integer, Integer> firstShownOfSection = new HashMap<>();
        for (int i = 0; i < shown.size(); i++) {
            shownIndex.put(shown.get(i).quote().id(), i);
            firstShownOfSection.putIfAbsent(shown.get(i).section(), i);
        }
        Map<String, Integer> allIndex = new HashMap<>();
        Map<Integer, Integer> firstOfSection = new HashMap<>();
        for (int i = 0; i < context.all().size(); i++) {
            allIndex.put(context.all().get(i).quote().id(), i);
            firstOfSection.putIfAbsent(context.all().get(i).section(), i);
        }
        int page = asked <= 0 ? 0 : Math.min(asked, ReadingPages.of(Math.max(0, shown.size() - 1)));
        return new ReadingPaging(context, shown, page, shownIndex, allIndex, firstShownOfSection, firstOfSection);
    }

    int pages() {
        return page == 0 ? 1 : ReadingPages.of(Math.max(0, shown.size() - 1));
    }

    /** The shown quotes on this page. */
    List<PlacedQuote> onPage() {
        if (page == 0) {
            return shown;
        }
        int from = (page - 1) * ReadingPages.SIZE;
        return shown.subList(Math.min(from, shown.size()), Math.min(from + ReadingPages.SIZE, shown.size()));
    }

    /** This page's address with the same filters, on another page. */
    String pageUrl(int other) {
        return ReadingPages.url(context.url(context.query()), other);
    }

    /** Whether the quote is shown (on any page). */
    boolean isShown(String quoteId) {
        return shownIndex.containsKey(quoteId);
    }

    /** A link to the quote: its anchor on this page, its page of what is shown, or its place in the whole interview. */
    String href(String quoteId) {
        Integer index = shownIndex.get(quoteId);
        if (index != null) {
            int its = ReadingPages.of(index);
            return (page == 0 || its == page ? "" : pageUrl(its)) + "#q-" + quoteId;
        }
        return inWhole(quoteId);
    }

    /** The quote in the whole interview, on its page there. */
    String inWhole(String quoteId) {
        return ReadingPages.url(context.wholeInterview(), ReadingPages.of(allIndex.getOrDefault(quoteId, 0))) + "#q-" + quoteId;
    }

    /** A link to a section's heading where what is shown has it, or null when nothing of it is shown. */
    String sectionHref(int section, String anchor) {
        Integer first = firstShownOfSection.get(section);
        if (first == null) {
            return null;
        }
        int its = ReadingPages.of(first);
        return (page == 0 || its == page ? "" : pageUrl(its)) + "#" + anchor;
    }

    /** A section's heading in the whole interview, on its page there. */
    String sectionInWhole(int section, String anchor) {
        return ReadingPages.url(context.wholeInterview(), ReadingPages.of(firstOfSection.getOrDefault(section, 0)))
                + "#" + anchor;
    }
}
