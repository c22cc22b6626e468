package org.interviewarchive.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** One rule for every slug: lowercase ASCII letters and digits in words joined by single hyphens, bounded. */
class SlugsTest {

    @Test
    void onlyLowercaseWordsJoinedBySingleHyphensAreSlugs() {
        assertThat(Slugs.isSlug("2024-12-23-oriol-vinyals")).isTrue();
        assertThat(Slugs.isSlug("a".repeat(Slugs.MAX_LENGTH))).isTrue();
        for (String bad : new String[] {null, "", "../../admin", "a b?c#d%2F", "-3", "a-", "a--b", "Ann", "é",
                "a/b", "a".repeat(Slugs.MAX_LENGTH + 1), "a".repeat(1000)}) {
            assertThat(Slugs.isSlug(bad)).as(bad).isFalse();
        }
    }

    @Test
    void madeSlugsAreAlwaysSlugsOrEmpty() {
        for (String text : new String[] {"--Hello--", "  ?? ", "Ärger über Öl", "-3", "后训练 蒸馏", "a".repeat(300),
                "word ".repeat(60), "Je\u00adff Dean"}) {
            String slug = Slugs.of(text, 60);
            assertThat(slug.isEmpty() || Slugs.isSlug(slug)).as(text + " -> " + slug).isTrue();
        }
    }

    @Test
    void aSlugMadeFromNothingReadableIsTheFallbackNumberedNeverABareNumber() {
        Set<String> taken = Set.of("interview", "interview-2");
        assertThat(Slugs.unique(Slugs.of("???", 60), "interview", taken::contains)).isEqualTo("interview-3");
        assertThat(Slugs.unique("talk", "interview", Set.of("talk")::contains)).isEqualTo("talk-2");
    }
}
