package org.interviewarchive.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The reader's interface language, kept in a cookie: Chinese by default whatever the browser asks for, English when
 * chosen. Any other language a URL or a cookie names falls back to Chinese, so a page never claims a language it does
 * not speak.
 */
final class ReaderLocaleResolver implements LocaleResolver {

    static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;
    static final List<Locale> SUPPORTED = List.of(DEFAULT, Locale.ENGLISH);
    static final String COOKIE = "archive-lang";

    private final CookieLocaleResolver cookie = new CookieLocaleResolver(COOKIE);

    ReaderLocaleResolver() {
        cookie.setDefaultLocale(DEFAULT);
        cookie.setCookieMaxAge(Duration.ofDays(365));
        cookie.setCookieSameSite("Lax");
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return supported(cookie.resolveLocale(request));
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        cookie.setLocale(request, response, locale == null ? null : supported(locale));
    }

    static Locale supported(Locale locale) {
        return SUPPORTED.stream()
                .filter(candidate -> candidate.getLanguage().equals(locale.getLanguage()))
                .findFirst()
                .orElse(DEFAULT);
    }
}
