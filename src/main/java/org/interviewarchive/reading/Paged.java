package org.interviewarchive.reading;

import java.util.List;
import org.interviewarchive.quote.QuoteDetail;
import org.interviewarchive.search.QuoteListPage;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * One page of a long list as it turned out: its items, the page shown (from 1), the most items on a page, and how many
 * there are in all.
 */
public record Paged<T>(List<T> items, int page, int size, long total) {

    /** A page of quotes the index found. */
    public static Paged<QuoteDetail> of(QuoteListPage found) {
        return new Paged<>(found.quotes(), found.page(), found.size(), found.total());
    }

    /** How many pages {@code total} items fill, at least one. */
    public static int pages(long total, int size) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, (total + size - 1) / size));
    }

    public int pages() {
        return pages(total, size);
    }

    /** The API's answer with {@code body}, this page of the list at {@code path}, linking the next when there is one. */
    public <B> ResponseEntity<B> answer(String path, B body) {
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        if (page < pages()) {
            response.header(HttpHeaders.LINK, Paging.nextLink(path, page, size));
        }
        return response.body(body);
    }

    /** The way to the pages either side, for a reader's page at {@code pathAndQuery}. */
    public Pagination pagination(String pathAndQuery) {
        return new Pagination(page, pages(), total,
                page > 1 ? ReadingPages.url(pathAndQuery, page - 1) : null,
                page < pages() ? ReadingPages.url(pathAndQuery, page + 1) : null);
    }

    /**
     * The links to the pages before and after one page of a list, null at either end.
     *
     * @param total how many items there are on all pages
     */
    public record Pagination(int page, int pages, long total, String previousUrl, String nextUrl) {
    }
}
