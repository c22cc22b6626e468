package org.interviewarchive.web;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.http.MediaType;

/**
 * An Atom feed (RFC 4287): an id, a title, when it last changed, who publishes it, its own address and the page it
 * follows, and its entries, each with an id, a title, when it changed and the page it announces.
 *
 * @param id        a permanent URI that names the feed whatever its address
 * @param selfPath  where the feed is, a path of this application
 * @param pagePath  the page the feed follows
 */
public record AtomFeed(String id, String title, String author, String selfPath, String pagePath, Instant updated,
                       List<Entry> entries) {

    public static final MediaType TYPE = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    /**
     * @param published when the interview itself came out, null when unknown
     * @param summary   plain text, null for none
     */
    public record Entry(String id, String title, String path, Instant updated, LocalDate published, String summary) {
    }

    /** The feed as XML, its links absolute. */
    public String xml() {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            text(xml, "id", id);
            text(xml, "title", title);
            text(xml, "updated", updated.toString());
            xml.writeStartElement("author");
            text(xml, "name", author);
            xml.writeEndElement();
            link(xml, "self", selfPath, TYPE.getType() + "/" + TYPE.getSubtype());
            link(xml, "alternate", pagePath, "text/html");
            for (Entry entry : entries) {
                xml.writeStartElement("entry");
                text(xml, "id", entry.id());
                text(xml, "title", entry.title());
                text(xml, "updated", entry.updated().toString());
                if (entry.published() != null) {
                    text(xml, "published", entry.published().atStartOfDay(ZoneOffset.UTC).toInstant().toString());
                }
                link(xml, "alternate", entry.path(), "text/html");
                if (entry.summary() != null) {
                    text(xml, "summary", entry.summary());
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String path, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", AbsoluteUrls.of(path));
    }
}
