package org.interviewarchive.interview;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.interviewarchive.Slugs;

/** Slugs of an interview's sections, for anchors and {@code ?topic=}: readable, and distinct within the interview. */
final class SectionSlugs {

    static final int MAX_LENGTH = 60;

    private SectionSlugs() {
    }

    static List<String> of(List<String> titles) {
        Set<String> taken = new HashSet<>();
        List<String> slugs = new ArrayList<>(titles.size());
        for (int i = 0; i < titles.size(); i++) {
            String base = Slugs.of(titles.get(i), MAX_LENGTH);
            if (base.isEmpty()) {
                base = "section-" + (i + 1);
            }
            String slug = base;
            for (int n = 2; !taken.add(slug); n++) {
                slug = base + "-" + n;
            }
            slugs.add(slug);
        }
        return slugs;
    }
}
