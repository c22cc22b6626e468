package org.interviewarchive.interview;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.interviewarchive.text.Slugs;

/** The two names a section heading gets: its anchor within its interview, and its slug as a topic across them. */
public final class SectionSlugs {

    static final int MAX_LENGTH = 60;

    private SectionSlugs() {
    }

    /** Slugs for anchors and {@code ?topic=} within one interview: readable, and distinct within it. */
    public static List<String> ofInterview(List<String> titles) {
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

    /** A heading as a topic: the same heading in several interviews is one topic. */
    public static String asTopic(String title) {
        String slug = Slugs.of(title, MAX_LENGTH);
        return slug.isEmpty() ? "section" : slug;
    }
}
