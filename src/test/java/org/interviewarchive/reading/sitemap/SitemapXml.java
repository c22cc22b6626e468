package org.interviewarchive.reading.sitemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads sitemap files with the JDK's XML parser, checking the protocol's namespace and required elements. */
final class SitemapXml {

    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /** One {@code <url>} or {@code <sitemap>}: its loc and lastmod. */
    record Location(String loc, String lastmod) {
    }

    private SitemapXml() {
    }

    /** The locations of an index ({@code sitemapindex}/{@code sitemap}) or a file ({@code urlset}/{@code url}). */
    static List<Location> read(String xml, String root, String item) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element document = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        assertThat(document.getNamespaceURI()).isEqualTo(NAMESPACE);
        assertThat(document.getLocalName()).isEqualTo(root);
        List<Location> locations = new ArrayList<>();
        NodeList items = document.getElementsByTagNameNS(NAMESPACE, item);
        for (int i = 0; i < items.getLength(); i++) {
            Element element = (Element) items.item(i);
            String loc = element.getElementsByTagNameNS(NAMESPACE, "loc").item(0).getTextContent();
            String lastmod = element.getElementsByTagNameNS(NAMESPACE, "lastmod").item(0).getTextContent();
            assertThat(loc).startsWith("http");
            assertThat(lastmod).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
            locations.add(new Location(loc, lastmod));
        }
        return locations;
    }
}
