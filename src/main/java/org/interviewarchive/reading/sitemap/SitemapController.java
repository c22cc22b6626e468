package org.interviewarchive.reading.sitemap;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.interviewarchive.interview.InterviewService;
import org.interviewarchive.interview.StoredInterview;
import org.interviewarchive.reading.SitemapSection;
import org.interviewarchive.web.AbsoluteUrls;
import org.interviewarchive.web.PageNotFoundException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * {@code /sitemap.xml}, an index of the sitemaps of interviews, speakers, topics and quotes, and {@code /robots.txt},
 * which points at it and keeps crawlers out of the admin pages and the API.
 */
@Controller
class SitemapController {

    static final String FILES = "/sitemaps/";
    /** The sitemap protocol's limit of addresses in one file. */
    static final int PER_FILE = 50_000;
    private static final String XML = "application/xml;charset=UTF-8";

    private final SitemapWriter writer;
    private final InterviewService interviews;

    SitemapController(List<SitemapSection> sections, InterviewService interviews) {
        this.writer = new SitemapWriter(sections, PER_FILE, AbsoluteUrls::of);
        this.interviews = interviews;
    }

    @GetMapping("/sitemap.xml")
    void index(HttpServletResponse response) throws IOException, XMLStreamException {
        Instant lastModified = interviews.lastStored(1).stream().map(StoredInterview::stored).findFirst()
                .orElse(Instant.EPOCH);
        response.setContentType(XML);
        writer.index(response.getOutputStream(), lastModified);
    }

    @GetMapping(FILES + "{name}-{file}.xml")
    void file(@PathVariable String name, @PathVariable long file, HttpServletResponse response)
            throws IOException, XMLStreamException {
        SitemapSection section = writer.section(name, file)
                .orElseThrow(() -> new PageNotFoundException("No sitemap is called " + name + "-" + file));
        response.setContentType(XML);
        writer.file(section, file, response.getOutputStream());
    }

    @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    @ResponseBody
    String robots() {
        return """
                User-agent: *
                Disallow: /admin
                Disallow: /api
                Sitemap: %s
                """.formatted(AbsoluteUrls.of("/sitemap.xml"));
    }
}
