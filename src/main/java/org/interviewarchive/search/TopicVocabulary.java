package org.interviewarchive.search;

import java.util.List;
import org.interviewarchive.Slugs;

/**
 * The terms readers look for across interviews, each with every way it is written (蒸馏 / distillation). Search
 * applies it at query time: a search for any form finds them all, and a quote is tagged with a term when its analysed
 * text contains one of the term's forms. The topic feature provides it, so editing the vocabulary needs no reindex.
 */
public interface TopicVocabulary {

    List<Term> terms();

    /** A section heading as a topic: the same heading in several interviews is one topic. */
    static String sectionSlug(String title) {
        String slug = Slugs.of(title, 60);
        return slug.isEmpty() ? "section" : slug;
    }

    /**
     * @param slug  the topic's stable name
     * @param label how the topic is shown
     * @param forms every way of writing it, the label included
     */
    record Term(String slug, String label, List<String> forms) {

        public Term {
            forms = List.copyOf(forms);
        }
    }
}
