package org.interviewarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.interviewarchive.topic.TopicTerm;

/**
 * A vocabulary as the analyzer sees it: every form of every term reduced to its tokens, so that matching a query or a
 * quote against it honours the same segmentation, folding and stemming as search itself.
 */
final class TermMatcher {

    private final List<TopicTerm> terms;
    private final Map<List<String>, TopicTerm> byForm = new HashMap<>();
    private final Map<String, TopicTerm> bySlug = new HashMap<>();
    private final Map<TopicTerm, List<List<String>>> formTokens = new HashMap<>();
    private final ArchiveAnalyzer analyzer;

    TermMatcher(List<TopicTerm> terms, ArchiveAnalyzer analyzer) {
        this.terms = List.copyOf(terms);
        this.analyzer = analyzer;
        for (TopicTerm term : terms) {
            bySlug.put(term.slug(), term);
            List<List<String>> forms = new ArrayList<>();
            for (String form : term.forms()) {
                List<String> tokens = tokens(form);
                if (!tokens.isEmpty()) {
                    byForm.putIfAbsent(tokens, term);
                    forms.add(tokens);
                }
            }
            formTokens.put(term, forms);
        }
    }

    List<TopicTerm> terms() {
        return terms;
    }

    Optional<TopicTerm> bySlug(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    /** Every form of the term the words are a form of, or just the words. */
    List<String> forms(String words) {
        TopicTerm term = byForm.get(tokens(words));
        return term == null ? List.of(words) : term.forms();
    }

    /** The terms whose forms stand in the text, in vocabulary order. */
    List<TopicTerm> tagsOf(String... texts) {
        List<List<String>> analysed = new ArrayList<>();
        for (String text : texts) {
            if (text != null) {
                analysed.add(tokens(text));
            }
        }
        List<TopicTerm> tags = new ArrayList<>();
        for (TopicTerm term : terms) {
            if (formTokens.get(term).stream()
                    .anyMatch(form -> analysed.stream().anyMatch(text -> Collections.indexOfSubList(text, form) >= 0))) {
                tags.add(term);
            }
        }
        return tags;
    }

    List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(SearchFields.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
