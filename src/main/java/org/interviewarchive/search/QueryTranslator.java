package org.interviewarchive.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns a reader's query and filters into a Lucene query. Words are analysed exactly as the text was, in both the
 * original and the translation; words that make several tokens (持续学习, a quoted phrase) must match as a phrase.
 */
final class QueryTranslator {

    private static final int FORM_SLOP = 1;

    private final QueryBuilder builder;
    private final Function<String, String> speakerSlug;
    private final TermMatcher vocabulary;

    /**
     * @param speakerSlug the slug a speaker's slug, name or alias stands for, or the value itself when unknown
     * @param vocabulary  the topic terms: a word that is a form of a term finds all its forms
     */
    QueryTranslator(ArchiveAnalyzer analyzer, Function<String, String> speakerSlug, TermMatcher vocabulary) {
        this.builder = new QueryBuilder(analyzer);
        this.speakerSlug = speakerSlug;
        this.vocabulary = vocabulary;
    }

    /** Quotes about a topic: a vocabulary term by any of its forms, or a section heading by its slug. */
    Query topic(String slug) {
        return vocabulary.bySlug(slug)
                .map(term -> anyForm(term.forms()))
                .orElseGet(() -> new TermQuery(new Term(SearchFields.TOPIC, slug)));
    }

    /** The query for the text alone, to highlight with; null when the text asks for no words. */
    Query words(QueryText text) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean any = false;
        for (List<QueryText.Part> alternatives : text.required()) {
            for (QueryText.Part part : alternatives) {
                if (part instanceof QueryText.Words words) {
                    Query matching = words(words.text());
                    if (matching != null) {
                        query.add(matching, Occur.SHOULD);
                        any = true;
                    }
                }
            }
        }
        return any ? query.build() : null;
    }

    /** The whole query: text, exclusions and filters; null when it asks for nothing at all. */
    Query query(QueryText text, SearchRequest request) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean positive = false;
        for (List<QueryText.Part> alternatives : text.required()) {
            Query conjunct = anyOf(alternatives);
            if (conjunct != null) {
                query.add(conjunct, Occur.MUST);
                positive = true;
            }
        }
        boolean excluding = false;
        for (QueryText.Part part : text.excluded()) {
            Query excluded = part(part);
            if (excluded != null) {
                query.add(excluded, Occur.MUST_NOT);
                excluding = true;
            }
        }
        boolean filtering = filter(query, SearchFields.SPEAKER, request.speakers().stream().map(speakerSlug).toList())
                | filter(query, SearchFields.INTERVIEW, request.interviews())
                | topics(query, request.topics())
                | filter(query, SearchFields.KIND, request.kinds());
        if (!positive) {
            if (!excluding && !filtering) {
                return null;
            }
            query.add(MatchAllDocsQuery.INSTANCE, Occur.MUST);
        }
        return query.build();
    }

    private Query anyOf(List<QueryText.Part> alternatives) {
        List<Query> queries = new ArrayList<>();
        for (QueryText.Part part : alternatives) {
            Query query = part(part);
            if (query != null) {
                queries.add(query);
            }
        }
        if (queries.isEmpty()) {
            return null;
        }
        if (queries.size() == 1) {
            return queries.getFirst();
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        queries.forEach(query -> any.add(query, Occur.SHOULD));
        return any.build();
    }

    private Query part(QueryText.Part part) {
        return switch (part) {
            case QueryText.Words words -> words(words.text());
            case QueryText.FieldValue field -> switch (field.field()) {
                case "speaker" -> new TermQuery(new Term(SearchFields.SPEAKER, speakerSlug.apply(field.value())));
                case "kind" -> new TermQuery(new Term(SearchFields.KIND, field.value().toUpperCase(Locale.ROOT)));
                case "lang" -> new TermQuery(new Term(SearchFields.LANG, field.value().toLowerCase(Locale.ROOT)));
                case "interview" -> new TermQuery(new Term(SearchFields.INTERVIEW, field.value()));
                case "topic" -> topic(field.value());
                default -> new MatchNoDocsQuery();
            };
        };
    }

    /** The words, or any other form of the term they are, in the text or the translation. */
    private Query words(String words) {
        return anyForm(vocabulary.forms(words));
    }

    /**
     * Any of the forms in the text or the translation; null when they all analyse to nothing. The words of a form may
     * stand one place apart, so that a hyphen or a dropped stop word between them does not matter: Anti-Gravity finds
     * Anti Gravity and the other way round.
     */
    private Query anyForm(List<String> forms) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        boolean found = false;
        for (String form : forms) {
            for (String field : List.of(SearchFields.TEXT, SearchFields.TRANSLATION)) {
                Query query = builder.createPhraseQuery(field, form, FORM_SLOP);
                if (query != null) {
                    any.add(query, Occur.SHOULD);
                    found = true;
                }
            }
        }
        return found ? any.build() : null;
    }

    private boolean topics(BooleanQuery.Builder query, List<String> slugs) {
        if (slugs.isEmpty()) {
            return false;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String slug : slugs) {
            Query topic = topic(slug);
            any.add(topic == null ? new MatchNoDocsQuery() : topic, Occur.SHOULD);
        }
        query.add(any.build(), Occur.FILTER);
        return true;
    }

    private static boolean filter(BooleanQuery.Builder query, String field, List<String> values) {
        if (values.isEmpty()) {
            return false;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        values.forEach(value -> any.add(new TermQuery(new Term(field, value)), Occur.SHOULD));
        query.add(any.build(), Occur.FILTER);
        return true;
    }
}
