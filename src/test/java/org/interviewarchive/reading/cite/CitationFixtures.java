package org.interviewarchive.reading.cite;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Works to cite, shaped like the seeds' quotes, with the application's own interface texts. */
final class CitationFixtures {

    static final LocalDate ACCESSED = LocalDate.of(2026, 12, 3);
    static final String PRO_FLASH = "Gemini负责人:Pro的主要作用是蒸馏Flash!";
    static final String BEST_PARTNERS = "Google Gemini 3 模型背后的故事";
    static final String KORAY = "科莱·卡武克乔格鲁:“我们就是这样打造通用人工智能的”";

    private CitationFixtures() {
    }

    static CitationLabels labels(Locale locale) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new CitationLabels(messages, locale);
    }

    /** Jeff Dean's own words, interviewed by Logan Kilpatrick. */
    static CitedWork direct() {
        return new CitedWork("q-abc", true, List.of(Name.of("Jeff Dean")), List.of(Name.of("Logan Kilpatrick")),
                Attribution.OWN, null, PRO_FLASH, "51CTO技术栈", LocalDate.of(2025, 12, 22),
                "https://archive.example/q/abc", ACCESSED, "zh", new Words("蒸馏很重要。", "zh", null, null));
    }

    /** The channel's narrator retelling Sebastian Borgeaud's views, undated. */
    static CitedWork retold() {
        return new CitedWork("q-xyz", true, List.of(Name.of("最佳拍档")), List.of(), Attribution.RETOLD,
                "Sebastian Borgeaud", BEST_PARTNERS, "最佳拍档", null, "https://archive.example/q/xyz", ACCESSED, "zh",
                new Words("布尔若表示，规模仍然重要。", "zh", null, null));
    }

    /** Notes about Sebastian Borgeaud's views, by their source. */
    static CitedWork notes() {
        return new CitedWork("q-n0t", true, List.of(Name.whole("Crazy Podcast")), List.of(), Attribution.NOTES,
                "Sebastian Borgeaud", "Sebastian Borgeaud: Gemini 3 pre-training", "Crazy Podcast",
                LocalDate.of(2025, 12, 18), "https://archive.example/q/n0t", ACCESSED, "zh",
                new Words("规模仍然是重要因素", "zh", null, null));
    }

    /** Koray Kavukcuoglu's words, spoken in English and shown in the subtitles' Chinese. */
    static CitedWork translated() {
        return new CitedWork("q-k0r", true, List.of(Name.of("Koray Kavukcuoglu")), List.of(), Attribution.OWN, null,
                KORAY, "Google AI: Release Notes", null, "https://archive.example/q/k0r", ACCESSED, "zh",
                new Words("I'm very excited about the progress.", "en", "我对进展感到非常兴奋。", "zh"));
    }

    /** A whole interview of three guests and a host. */
    static CitedWork interview() {
        return new CitedWork("2025-12-22-gemini", false,
                List.of(Name.of("Jeff Dean"), Name.of("Oriol Vinyals"), Name.of("Noam Shazeer")),
                List.of(Name.of("Logan Kilpatrick")), Attribution.OWN, null, PRO_FLASH, "51CTO技术栈",
                LocalDate.of(2025, 12, 22), "https://archive.example/interviews/2025-12-22-gemini", ACCESSED, "zh", null);
    }
}
