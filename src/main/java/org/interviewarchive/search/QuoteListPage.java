package org.interviewarchive.search;

import java.util.List;
import org.interviewarchive.quote.QuoteDetail;

/**
 * One page of the quotes that match some filters, for pages that list a whole topic or a speaker.
 *
 * @param total how many quotes match in all
 * @param page  the page shown, from 1: the one asked for, or the last when that was beyond it
 * @param size  quotes on a full page
 */
public record QuoteListPage(long total, int page, int size, List<QuoteDetail> quotes) {
}
