package org.interviewarchive.reading.sitemap;

import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.interviewarchive.reading.SitemapSection;

/**
 * Writes the sitemap protocol's files: an index naming one file per {@code perFile} pages of each section
 * ({@code interviews-1.xml}, {@code quotes-1.xml}, {@code quotes-2.xml} …), and each file as its pages arrive.
 */
final class SitemapWriter {

    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private final List<SitemapSection> sections;
    private final int perFile;
    private final Function<String, String> absolute;

    /**
     * @param perFile  the most pages in one file
     * @param absolute the absolute address of a path of this application
     */
    SitemapWriter(List<SitemapSection> sections, int perFile, Function<String, String> absolute) {
        this.sections = sections;
        this.perFile = perFile;
        this.absolute = absolute;
    }

    /** The index: every file of every section that has pages, each last modified when the archive last changed. */
    void index(OutputStream out, Instant lastModified) throws XMLStreamException {
        XMLStreamWriter xml = start(out, "sitemapindex");
        for (SitemapSection section : sections) {
            long files = (section.size() + perFile - 1) / perFile;
            for (long file = 1; file <= files; file++) {
                xml.writeStartElement("sitemap");
                text(xml, "loc", absolute.apply(SitemapController.FILES + section.name() + "-" + file + ".xml"));
                text(xml, "lastmod", w3c(lastModified));
                xml.writeEndElement();
            }
        }
        end(xml);
    }

    /** The section a file name belongs to, when the file is one the index names. */
    Optional<SitemapSection> section(String name, long file) {
        return sections.stream()
                .filter(section -> section.name().equals(name))
                .filter(section -> file >= 1 && (file - 1) * perFile < section.size())
                .findFirst();
    }

    /** One file: the section's pages from {@code (file - 1) * perFile} on, written as the section hands them over. */
    void file(SitemapSection section, long file, OutputStream out) throws XMLStreamException {
        XMLStreamWriter xml = start(out, "urlset");
        try {
            section.pages((file - 1) * perFile, perFile, (path, lastModified) -> {
                try {
                    xml.writeStartElement("url");
                    text(xml, "loc", absolute.apply(path));
                    text(xml, "lastmod", w3c(lastModified));
                    xml.writeEndElement();
                } catch (XMLStreamException e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof XMLStreamException cause) {
                throw cause;
            }
            throw e;
        }
        end(xml);
    }

    private static XMLStreamWriter start(OutputStream out, String root) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement(root);
        xml.writeDefaultNamespace(NAMESPACE);
        return xml;
    }

    private static void end(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static String w3c(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
