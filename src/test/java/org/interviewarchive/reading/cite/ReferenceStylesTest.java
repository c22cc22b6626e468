package org.interviewarchive.reading.cite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interviewarchive.reading.cite.CitationFixtures.BEST_PARTNERS;
import static org.interviewarchive.reading.cite.CitationFixtures.KORAY;
import static org.interviewarchive.reading.cite.CitationFixtures.PRO_FLASH;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Each style against references written by hand from its rules: GB/T 7714-2015 §8 (electronic resources, foreign
 * names, three authors and 等), APA 7 (author initials, date, bracketed description, retrieval date, no full stop
 * after the address), Chicago 17 bibliography entries and MLA 9 (containers in italics, abbreviated months, no
 * scheme in the address).
 */
class ReferenceStylesTest {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    @Test
    void aSpeakersOwnWordsInEnglish() {
        CitedWork work = CitationFixtures.direct();

        assertThat(render(new GbtStyle(), work, Locale.ENGLISH)).isEqualTo("DEAN J. " + PRO_FLASH
                + ": Interview by Logan Kilpatrick[EB/OL]. 51CTO技术栈, 2025-12-22[2026-12-03]. https://archive.example/q/abc.");
        assertThat(render(new ApaStyle(), work, Locale.ENGLISH)).isEqualTo("Dean, J. (2025, December 22). _" + PRO_FLASH
                + "_ [Interview by Logan Kilpatrick]. 51CTO技术栈. Retrieved December 3, 2026, from https://archive.example/q/abc");
        assertThat(render(new ChicagoStyle(), work, Locale.ENGLISH)).isEqualTo("Dean, Jeff. “" + PRO_FLASH
                + "” Interview by Logan Kilpatrick. 51CTO技术栈, December 22, 2025. Accessed December 3, 2026."
                + " https://archive.example/q/abc.");
        assertThat(render(new MlaStyle(), work, Locale.ENGLISH)).isEqualTo("Dean, Jeff. “" + PRO_FLASH
                + "” Interview by Logan Kilpatrick. _51CTO技术栈_, 22 Dec. 2025, archive.example/q/abc. Accessed 3 Dec. 2026.");
    }

    @Test
    void aSpeakersOwnWordsInChinese() {
        CitedWork work = CitationFixtures.direct();

        assertThat(render(new GbtStyle(), work, CHINESE)).isEqualTo("DEAN J. " + PRO_FLASH
                + ": 采访者：Logan Kilpatrick[EB/OL]. 51CTO技术栈, 2025-12-22[2026-12-03]. https://archive.example/q/abc.");
        assertThat(render(new ApaStyle(), work, CHINESE)).isEqualTo("Dean, J. (2025年12月22日). _" + PRO_FLASH
                + "_ [采访者：Logan Kilpatrick]. 51CTO技术栈. 检索于2026年12月3日，来自 https://archive.example/q/abc");
        assertThat(render(new ChicagoStyle(), work, CHINESE)).isEqualTo("Dean, Jeff. “" + PRO_FLASH
                + "” 采访者：Logan Kilpatrick. 51CTO技术栈, 2025年12月22日. 访问于2026年12月3日. https://archive.example/q/abc.");
        assertThat(render(new MlaStyle(), work, CHINESE)).isEqualTo("Dean, Jeff. “" + PRO_FLASH
                + "” 采访者：Logan Kilpatrick. _51CTO技术栈_, 2025年12月22日, archive.example/q/abc. 访问于2026年12月3日.");
    }

    @Test
    void aRetellingIsTheNarratorsTextAboutThePerson() {
        CitedWork work = CitationFixtures.retold();

        assertThat(render(new GbtStyle(), work, CHINESE)).isEqualTo("最佳拍档. " + BEST_PARTNERS
                + ": 最佳拍档转述的Sebastian Borgeaud的观点[EB/OL]. 最佳拍档[2026-12-03]. https://archive.example/q/xyz.");
        assertThat(render(new ApaStyle(), work, Locale.ENGLISH)).isEqualTo("最佳拍档. (n.d.). _" + BEST_PARTNERS
                + "_ [Sebastian Borgeaud's views as retold by 最佳拍档]. Retrieved December 3, 2026, from"
                + " https://archive.example/q/xyz");
        assertThat(render(new ChicagoStyle(), work, Locale.ENGLISH)).isEqualTo("最佳拍档. “" + BEST_PARTNERS
                + ".” Sebastian Borgeaud's views as retold by 最佳拍档. 最佳拍档. Accessed December 3, 2026."
                + " https://archive.example/q/xyz.");
        assertThat(render(new MlaStyle(), work, CHINESE)).isEqualTo("最佳拍档. “" + BEST_PARTNERS
                + ".” 最佳拍档转述的Sebastian Borgeaud的观点. _最佳拍档_, archive.example/q/xyz. 访问于2026年12月3日.");
    }

    @Test
    void notesAreTheirSourcesTextAndNeverThePersons() {
        CitedWork work = CitationFixtures.notes();

        assertThat(render(new ApaStyle(), work, Locale.ENGLISH)).isEqualTo("Crazy Podcast. (2025, December 18)."
                + " _Sebastian Borgeaud: Gemini 3 pre-training_ [Notes on the views of Sebastian Borgeaud]."
                + " Retrieved December 3, 2026, from https://archive.example/q/n0t");
        assertThat(render(new GbtStyle(), work, CHINESE)).isEqualTo("Crazy Podcast. Sebastian Borgeaud: Gemini 3"
                + " pre-training: 关于Sebastian Borgeaud观点的笔记摘要[EB/OL]. Crazy Podcast, 2025-12-18[2026-12-03]."
                + " https://archive.example/q/n0t.");
        for (CitationStyle style : CitationStyle.all()) {
            assertThat(render(style, work, Locale.ENGLISH)).doesNotStartWith("Borgeaud").doesNotStartWith("BORGEAUD");
        }
    }

    @Test
    void wordsShownInTranslationSayWhichLanguageTheyWereSpokenIn() {
        CitedWork work = CitationFixtures.translated();

        assertThat(render(new ApaStyle(), work, Locale.ENGLISH)).isEqualTo("Kavukcuoglu, K. (n.d.). _" + KORAY
                + "_ [Spoken in English]. Google AI: Release Notes. Retrieved December 3, 2026, from"
                + " https://archive.example/q/k0r");
        assertThat(render(new ChicagoStyle(), work, CHINESE)).isEqualTo("Kavukcuoglu, Koray."
                + " “科莱·卡武克乔格鲁:‘我们就是这样打造通用人工智能的’.” 原话为英语. Google AI: Release Notes."
                + " 访问于2026年12月3日. https://archive.example/q/k0r.");
    }

    @Test
    void severalAuthorsAreJoinedAsEachStyleJoinsThem() {
        CitedWork work = CitationFixtures.interview();

        assertThat(render(new GbtStyle(), work, Locale.ENGLISH)).startsWith("DEAN J, VINYALS O, SHAZEER N. ");
        assertThat(render(new ApaStyle(), work, Locale.ENGLISH)).startsWith("Dean, J., Vinyals, O., & Shazeer, N. (2025");
        assertThat(render(new ChicagoStyle(), work, Locale.ENGLISH))
                .startsWith("Dean, Jeff, Oriol Vinyals, and Noam Shazeer. “");
        assertThat(render(new MlaStyle(), work, Locale.ENGLISH)).startsWith("Dean, Jeff, et al. “");

        CitedWork two = withAuthors(work, List.of(Name.of("Jeff Dean"), Name.of("Oriol Vinyals")));
        assertThat(render(new ApaStyle(), two, Locale.ENGLISH)).startsWith("Dean, J., & Vinyals, O. (2025");
        assertThat(render(new MlaStyle(), two, Locale.ENGLISH)).startsWith("Dean, Jeff, and Oriol Vinyals. “");

        CitedWork four = withAuthors(work, List.of(Name.of("Jeff Dean"), Name.of("Oriol Vinyals"),
                Name.of("Noam Shazeer"), Name.of("Koray Kavukcuoglu")));
        assertThat(render(new GbtStyle(), four, CHINESE)).startsWith("DEAN J, VINYALS O, SHAZEER N, 等. ");
    }

    @Test
    void withoutAnAuthorTheTitleComesFirst() {
        CitedWork work = withAuthors(CitationFixtures.interview(), List.of());
        CitedWork anonymous = new CitedWork(work.key(), false, List.of(), List.of(), Attribution.OWN, null, "访谈",
                null, LocalDate.of(2025, 1, 5), "https://archive.example/i", work.accessed(), "zh", null);

        assertThat(render(new ApaStyle(), anonymous, Locale.ENGLISH))
                .isEqualTo("_访谈_. (2025, January 5). Retrieved December 3, 2026, from https://archive.example/i");
        assertThat(render(new GbtStyle(), anonymous, Locale.ENGLISH))
                .isEqualTo("访谈[EB/OL]. 2025-01-05[2026-12-03]. https://archive.example/i.");
        assertThat(render(new MlaStyle(), anonymous, Locale.ENGLISH))
                .isEqualTo("“访谈.” 5 Jan. 2025, archive.example/i. Accessed 3 Dec. 2026.");
    }

    private static CitedWork withAuthors(CitedWork work, List<Name> authors) {
        return new CitedWork(work.key(), work.quote(), authors, List.of(), work.attribution(), work.subject(),
                work.title(), work.container(), work.issued(), work.url(), work.accessed(), work.lang(), work.words());
    }

    /** The reference as text, italics marked with underscores. */
    private static String render(CitationStyle style, CitedWork work, Locale locale) {
        return style.render(work, CitationFixtures.labels(locale)).stream()
                .map(segment -> segment.italic() ? "_" + segment.text() + "_" : segment.text())
                .collect(Collectors.joining());
    }
}
