package org.interviewarchive.topic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.interviewarchive.text.Slugs;
import org.springframework.stereotype.Component;

/**
 * The merged vocabulary: the vocabulary file's terms, then the terms transcripts define in their glossaries, merged
 * where they share a form. Merged once and kept until a glossary changes.
 */
@Component
class TopicTerms {

    private static final int SLUG_LENGTH = 60;

    private final VocabularyFile file;
    private final GlossaryTermRepository glossary;
    private final AtomicReference<List<TopicTerm>> terms = new AtomicReference<>();

    TopicTerms(VocabularyFile file, GlossaryTermRepository glossary) {
        this.file = file;
        this.glossary = glossary;
    }

    List<TopicTerm> terms() {
        return terms.updateAndGet(current -> current != null ? current : merged());
    }

    /** Merges again at the next call: a glossary was added, replaced or removed. */
    void forget() {
        terms.set(null);
    }

    private List<TopicTerm> merged() {
        List<MergedTerm> merged = new ArrayList<>();
        for (VocabularyFile.Entry entry : file.entries()) {
            String slug = entry.slug() != null ? entry.slug() : Slugs.of(entry.label(), SLUG_LENGTH);
            merged.add(new MergedTerm(slug, entry.label(), forms(entry.label(), entry.aliases())));
        }
        for (GlossaryTerm defined : glossary.findAllInOrder()) {
            Set<String> forms = forms(defined.term(), defined.aliases());
            merged.stream()
                    .filter(term -> term.shares(forms))
                    .findFirst()
                    .ifPresentOrElse(term -> term.forms().addAll(forms), () -> {
                        String slug = Slugs.of(defined.term(), SLUG_LENGTH);
                        if (!slug.isEmpty() && merged.stream().noneMatch(term -> term.slug().equals(slug))) {
                            merged.add(new MergedTerm(slug, defined.term(), forms));
                        }
                    });
        }
        return merged.stream().map(term -> new TopicTerm(term.slug(), term.label(), List.copyOf(term.forms()))).toList();
    }

    private record MergedTerm(String slug, String label, Set<String> forms) {
        boolean shares(Set<String> others) {
            Set<String> mine = forms.stream().map(form -> form.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
            return others.stream().anyMatch(other -> mine.contains(other.toLowerCase(Locale.ROOT)));
        }
    }

    private static Set<String> forms(String label, List<String> aliases) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(label.strip());
        aliases.stream().map(String::strip).filter(alias -> !alias.isEmpty()).forEach(forms::add);
        return forms;
    }
}
