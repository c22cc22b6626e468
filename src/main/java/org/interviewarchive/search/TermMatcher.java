package org.interviewarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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
    private final ArchiveAnalyzer analyzer;

    TermMatcher(List<TopicTerm> terms, ArchiveAnalyzer analyzer) {
        this.terms = List.copyOf(terms);
        this.analyzer = analyzer;
        for (TopicTerm term : terms) {
            bySlug.put(term.slug(), term);
            for (String form : term.forms()) {
                List<String> tokens = tokens(form);
                if (!tokens.isEmpty()) {
                    byForm.putIfAbsent(tokens, term);
                }
            }
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
