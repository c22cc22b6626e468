package org.interviewarchive.reading.sitemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.interviewarchive.reading.SitemapSection;
import org.junit.jupiter.api.Test;

/** A section with more pages than a file holds is split into numbered files, each asking only for its own range. */
class SitemapSplittingTest {

    private static final Instant CHANGED = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void eachFileHoldsAtMostItsShareAndTheIndexNamesThemAll() throws Exception {
        Pages quotes = new Pages("quotes", 7);
        SitemapWriter writer = new SitemapWriter(List.of(new Pages("interviews", 2), quotes, new Pages("topics", 0)), 3,
                path -> "https://archive.example" + path);

        ByteArrayOutputStream index = new ByteArrayOutputStream();
        writer.index(index, CHANGED);
        assertThat(SitemapXml.read(index.toString(StandardCharsets.UTF_8), "sitemapindex", "sitemap"))
                .extracting(SitemapXml.Location::loc)
                .containsExactly("https://archive.example/sitemaps/interviews-1.xml",
                        "https://archive.example/sitemaps/quotes-1.xml", "https://archive.example/sitemaps/quotes-2.xml",
                        "https://archive.example/sitemaps/quotes-3.xml");

        ByteArrayOutputStream third = new ByteArrayOutputStream();
        writer.file(writer.section("quotes", 3).orElseThrow(), 3, third);
        assertThat(SitemapXml.read(third.toString(StandardCharsets.UTF_8), "urlset", "url"))
                .containsExactly(new SitemapXml.Location("https://archive.example/q/6", "2026-12-01T10:00:00Z"));
        assertThat(quotes.asked).containsExactly("6+3");
        assertThat(writer.section("quotes", 4)).isEmpty();
        assertThat(writer.section("quotes", 0)).isEmpty();
        assertThat(writer.section("topics", 1)).isEmpty();
    }

    @Test
    void theProtocolsLimitIsFiftyThousandAddressesAFile() throws Exception {
        SitemapWriter writer = new SitemapWriter(List.of(new Pages("quotes", 100_001)), SitemapController.PER_FILE,
                path -> "https://archive.example" + path);
        ByteArrayOutputStream index = new ByteArrayOutputStream();

        writer.index(index, CHANGED);

        assertThat(SitemapXml.read(index.toString(StandardCharsets.UTF_8), "sitemapindex", "sitemap")).hasSize(3);
    }

    /** A section of numbered pages that remembers which ranges it was asked for. */
    private static final class Pages implements SitemapSection {

        private final String name;
        private final long size;
        private final List<String> asked = new ArrayList<>();

        Pages(String name, long size) {
            this.name = name;
            this.size = size;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public long size() {
            return size;
        }

        @Override
        public void pages(long skip, long limit, Page page) {
            asked.add(skip + "+" + limit);
            for (long i = skip; i < Math.min(size, skip + limit); i++) {
                page.at("/q/" + i, CHANGED);
            }
        }
    }
}
