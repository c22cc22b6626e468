package org.interviewarchive.reading;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import org.interviewarchive.search.IndexVersion;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The reading pages and the API change only when the archive or its index does, so each answer carries an {@code ETag}
 * made of that version, the interface language and this server's start (a new release renders differently), and a
 * reader who has the page already gets {@code 304 Not Modified} before anything is rendered. While the archive is
 * still importing, or its index is behind, answers carry no validator: they are about to change.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ArchiveVersionValidators implements HandlerInterceptor, WebMvcConfigurer {

    /** Readers may keep a page but must ask whether it is still current before showing it again. */
    static final String REVALIDATE = "no-cache";

    private final IndexVersion version;
    private final ApplicationAvailability availability;
    private final String release = Long.toString(Instant.now().toEpochMilli(), Character.MAX_RADIX);

    ArchiveVersionValidators(IndexVersion version, ApplicationAvailability availability) {
        this.version = version;
        this.availability = availability;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // After the language switch, so that the validator names the language the page is rendered in.
        registry.addInterceptor(this).order(Ordered.LOWEST_PRECEDENCE);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || !isReading(method) || !isRead(request)
                || request.getUserPrincipal() != null || availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC) {
            return true;
        }
        return version.settled().map(settled -> {
            String tag = "W/\"" + release + "-" + settled + "-"
                    + RequestContextUtils.getLocale(request).toLanguageTag() + "\"";
            response.setHeader(HttpHeaders.CACHE_CONTROL, REVALIDATE);
            return !new ServletWebRequest(request, response).checkNotModified(tag);
        }).orElse(true);
    }

    /** The pages and API of this layer; the admin's pages show what the administrator just did, and are not kept. */
    private static boolean isReading(HandlerMethod method) {
        return method.getBeanType().getPackageName().startsWith(ArchiveVersionValidators.class.getPackageName());
    }

    private static boolean isRead(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }
}
