package org.interviewarchive.reading;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.interviewarchive.support.Http;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.databind.JsonNode;

/** Walks a paged list as a reader or a client does: page after page by the links it gives, collecting what it lists. */
public final class ListPages {

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");

    private ListPages() {
    }

    /** A reader's pages from {@code path} on, following each page's {@code rel=next} link: each page's items. */
    public static List<List<String>> readerPages(Http http, String path, Function<Document, List<String>> items) {
        List<List<String>> pages = new ArrayList<>();
        String next = path;
        while (next != null) {
            Document page = http.html(next);
            pages.add(items.apply(page));
            Element link = page.selectFirst("nav.pagination a[rel=next]");
            next = link == null ? null : link.attr("href");
        }
        return pages;
    }

    /** The API's pages from {@code path} on, following each {@code Link: rel="next"} header: each page's answer. */
    public static List<JsonNode> apiPages(Http http, String path) {
        List<JsonNode> pages = new ArrayList<>();
        String next = path;
        while (next != null) {
            HttpResponse<String> response = http.get(next);
            if (response.statusCode() != 200) {
                throw new AssertionError("GET " + next + " answered " + response.statusCode());
            }
            pages.add(http.parse(response.body()));
            next = response.headers().firstValue("Link").map(NEXT::matcher).filter(Matcher::find)
                    .map(link -> link.group(1)).orElse(null);
        }
        return pages;
    }
}
