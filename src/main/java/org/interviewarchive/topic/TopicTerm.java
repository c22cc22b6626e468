package org.interviewarchive.topic;

import java.util.List;

/**
 * A term readers look for across interviews, with every way it is written (蒸馏 / distillation). Search applies the
 * terms at query time: a search for any form finds them all, and a quote is about a term when its analysed text
 * contains one of the forms.
 *
 * @param slug  the topic's stable name
 * @param label how the topic is shown
 * @param forms every way of writing it, the label included
 */
public record TopicTerm(String slug, String label, List<String> forms) {

    public TopicTerm {
        forms = List.copyOf(forms);
    }
}
