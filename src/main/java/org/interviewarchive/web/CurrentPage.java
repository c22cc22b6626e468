package org.interviewarchive.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the layout needs to know about the page being shown: its language, and the same page in the other language.
 * On an error page it is the page the reader asked for, not the error handler's own path.
 *
 * @param language     the interface language of this response ({@code zh-CN} or {@code en}), for {@code <html lang>}
 * @param switchTo     the other interface language
 * @param switchUrl    this page in the other language, relative to the context path
 */
public record CurrentPage(String language, String switchTo, String switchUrl) {

    static final String LANGUAGE_PARAMETER = "lang";

    static CurrentPage of(HttpServletRequest request, Locale locale) {
        Locale current = ReaderLocaleResolver.supported(locale);
        Locale other = current.equals(ReaderLocaleResolver.DEFAULT) ? Locale.ENGLISH : ReaderLocaleResolver.DEFAULT;
        String path = attribute(request, RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI())
                .substring(request.getContextPath().length());
        String query = attribute(request, RequestDispatcher.ERROR_QUERY_STRING, request.getQueryString());
        // The query string arrives encoded; it is only re-assembled here, never decoded and re-encoded.
        String switchUrl = UriComponentsBuilder.fromPath(path.isEmpty() ? "/" : path)
                .query(query)
                .replaceQueryParam(LANGUAGE_PARAMETER, other.getLanguage())
                .build()
                .toUriString();
        return new CurrentPage(current.toLanguageTag(), other.getLanguage(), switchUrl);
    }

    private static String attribute(HttpServletRequest request, String name, String otherwise) {
        return request.getAttribute(name) instanceof String value ? value : otherwise;
    }
}
