package org.interviewarchive.reading.starting;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.interviewarchive.archive.StartupImport;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Until the server is ready (the import at start and the search index done, when readiness turns to accepting
 * traffic), a page says how far the import has come and the API answers 503 with {@code Retry-After}, instead of an
 * archive that looks empty or half filled. Assets, health, the admin and the error page answer as ever.
 */
@Component
class StartupGate implements HandlerInterceptor, WebMvcConfigurer {

    static final String PAGE = "/starting";
    /** Seconds a client is asked to wait before it asks again; the page refreshes itself as often. */
    static final int RETRY_AFTER_SECONDS = 5;

    private final ApplicationAvailability availability;
    private final StartupImport startupImport;

    StartupGate(ApplicationAvailability availability, StartupImport startupImport) {
        this.availability = availability;
        this.startupImport = startupImport;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this)
                .excludePathPatterns(PAGE, "/assets/**", "/actuator/**", "/admin/**", "/login", "/error");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException, ServletException {
        if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
            return true;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
        if (request.getRequestURI().startsWith("/api/")) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
                    + "\"detail\":\"importing " + startupImport.done() + " of " + startupImport.total()
                    + " transcripts\"}");
        } else {
            request.getRequestDispatcher(PAGE).forward(request, response);
        }
        return false;
    }
}
