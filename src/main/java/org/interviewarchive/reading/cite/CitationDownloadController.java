package org.interviewarchive.reading.cite;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.interviewarchive.interview.InterviewService;
import org.interviewarchive.interview.InterviewView;
import org.interviewarchive.quote.QuoteDetail;
import org.interviewarchive.quote.QuoteLookup;
import org.interviewarchive.quote.QuoteService;
import org.interviewarchive.quote.QuoteView;
import org.interviewarchive.search.QuoteSearch;
import org.interviewarchive.search.SearchRequest;
import org.interviewarchive.web.AbsoluteUrls;
import org.interviewarchive.web.PageNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The citation files of one quote, one interview, or the quotes a search finds (the page of results shown). */
@Controller
class CitationDownloadController {

    private final QuoteService quotes;
    private final InterviewService interviews;
    private final QuoteSearch search;
    private final CitedWorks works;
    private final MessageSource messages;

    CitationDownloadController(QuoteService quotes, InterviewService interviews, QuoteSearch search, CitedWorks works,
            MessageSource messages) {
        this.quotes = quotes;
        this.interviews = interviews;
        this.search = search;
        this.works = works;
        this.messages = messages;
    }

    @GetMapping("/q/{id}/cite.{extension}")
    ResponseEntity<String> quote(@PathVariable String id, @PathVariable String extension, Locale locale) {
        CitationFile file = file(extension);
        return switch (quotes.find(id)) {
            case QuoteLookup.Found found -> send(file, "quote-" + id, List.of(cited(found.quote().quote(),
                    interview(found.quote().interview().slug()))), locale);
            case QuoteLookup.Moved moved -> ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                    .location(URI.create("/q/" + moved.newId() + "/cite." + extension)).build();
            case QuoteLookup.Retired retired -> throw new ResponseStatusException(HttpStatus.GONE);
            case QuoteLookup.Missing missing -> throw new PageNotFoundException("No quote has the id " + id);
        };
    }

    @GetMapping("/interviews/{slug}/cite.{extension}")
    ResponseEntity<String> interview(@PathVariable String slug, @PathVariable String extension, Locale locale) {
        CitationFile file = file(extension);
        CitedWork work = works.interview(interview(slug), AbsoluteUrls.of("/interviews/" + slug));
        return send(file, slug, List.of(work), locale);
    }

    @GetMapping("/search/cite.{extension}")
    ResponseEntity<String> search(@PathVariable String extension,
            @RequestParam MultiValueMap<String, String> parameters, Locale locale) {
        CitationFile file = file(extension);
        Map<String, InterviewView> bySlug = new HashMap<>();
        List<CitedWork> found = search.search(SearchRequest.of(parameters)).hits().stream()
                .map(hit -> {
                    QuoteDetail detail = hit.quote();
                    InterviewView interview = bySlug.computeIfAbsent(detail.interview().slug(), this::interview);
                    return cited(detail.quote(), interview);
                })
                .toList();
        return send(file, "search", found, locale);
    }

    private ResponseEntity<String> send(CitationFile file, String name, List<CitedWork> cited, Locale locale) {
        return ResponseEntity.ok()
                .contentType(file.type())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name + "." + file.extension()).build().toString())
                .body(file.write(cited, new CitationLabels(messages, locale)));
    }

    private CitedWork cited(QuoteView quote, InterviewView interview) {
        return works.quote(quote, interview, AbsoluteUrls.of(quote.url()));
    }

    private InterviewView interview(String slug) {
        return interviews.view(slug).orElseThrow(() -> new PageNotFoundException("No interview has the slug " + slug));
    }

    private static CitationFile file(String extension) {
        Optional<CitationFile> file = CitationFile.byExtension(extension);
        return file.orElseThrow(() -> new PageNotFoundException("No citation format has the extension " + extension));
    }
}
