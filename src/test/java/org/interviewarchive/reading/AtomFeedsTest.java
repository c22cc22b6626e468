package org.interviewarchive.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.interviewarchive.support.SeedArchiveTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Atom feeds of new and updated interviews, for the archive, a speaker and a topic: valid Atom as the JDK's XML parser
 * reads it (RFC 4287's required elements), linked from the pages they follow.
 */
class AtomFeedsTest extends SeedArchiveTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "/feed.atom, /, 5",
            "/speakers/sebastian-borgeaud/feed.atom, /speakers/sebastian-borgeaud, 2",
            "/speakers/jeff-dean/feed.atom, /speakers/jeff-dean, 1"})
    void aFeedIsValidAtomWithAnEntryPerInterview(String feedPath, String pagePath, int interviews) throws Exception {
        Element feed = atom(feedPath);

        assertRequired(feed);
        assertThat(link(feed, "self")).isEqualTo(url(feedPath));
        assertThat(link(feed, "alternate")).isEqualTo(url(pagePath));
        List<Element> entries = children(feed, "entry");
        assertThat(entries).hasSize(interviews);
        for (Element entry : entries) {
            assertRequired(entry);
            assertThat(link(entry, "alternate")).startsWith(url("/interviews/"));
        }
        assertThat(page(pagePath).select("link[rel=alternate][type=application/atom+xml]").eachAttr("href"))
                .contains(pagePath.equals("/") ? "/feed.atom" : feedPath);
    }

    @Test
    void theArchivesFeedListsTheLatestStoredFirst() throws Exception {
        List<Instant> updated = children(atom("/feed.atom"), "entry").stream()
                .map(entry -> Instant.parse(text(entry, "updated")))
                .toList();

        assertThat(updated).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(text(atom("/feed.atom"), "updated")).isEqualTo(updated.getFirst().toString());
    }

    @Test
    void aTopicsFeedLeadsToTheInterviewsFilteredByIt() throws Exception {
        String slug = http().json("/api/topics").get(0).get("slug").asString();
        Element feed = atom("/topics/" + slug + "/feed.atom");

        assertRequired(feed);
        assertThat(children(feed, "entry")).isNotEmpty()
                .allSatisfy(entry -> assertThat(link(entry, "alternate")).endsWith("?topic=" + slug));
        assertThat(page("/topics/" + slug).select("link[rel=alternate][type=application/atom+xml]").eachAttr("href"))
                .contains("/topics/" + slug + "/feed.atom");
    }

    @Test
    void anUnknownSpeakerOrTopicHasNoFeed() {
        assertThat(http().get("/speakers/nobody/feed.atom").statusCode()).isEqualTo(404);
        assertThat(http().get("/topics/no-such-topic/feed.atom").statusCode()).isEqualTo(404);
    }

    private Element atom(String path) throws Exception {
        HttpResponse<String> response = http().get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element feed = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        return feed;
    }

    private Document page(String path) {
        return http().html(path);
    }

    /** RFC 4287: a feed or an entry has exactly one id (an absolute IRI), title and updated (a date-time). */
    private static void assertRequired(Element element) {
        for (String name : List.of("id", "title", "updated")) {
            assertThat(children(element, name)).as("%s of %s", name, element.getLocalName()).hasSize(1);
        }
        assertThat(text(element, "id")).matches("[a-z][a-z0-9+.-]*:.+");
        assertThat(text(element, "title")).isNotBlank();
        Instant.parse(text(element, "updated"));
        if (element.getLocalName().equals("feed")) {
            assertThat(children(element, "author")).isNotEmpty();
        }
    }

    private static String link(Element element, String rel) {
        return children(element, "link").stream()
                .filter(link -> link.getAttribute("rel").equals(rel))
                .map(link -> link.getAttribute("href"))
                .findFirst()
                .orElseThrow();
    }

    private static String text(Element element, String name) {
        return children(element, name).getFirst().getTextContent();
    }

    private static List<Element> children(Element element, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = element.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element child && ATOM.equals(child.getNamespaceURI())
                    && child.getLocalName().equals(name)) {
                found.add(child);
            }
        }
        return found;
    }
}
