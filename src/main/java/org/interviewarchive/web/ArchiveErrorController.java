package org.interviewarchive.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error the servlet container reports: under {@code /api/} a JSON problem, elsewhere a page in the site's
 * layout with a search box. Neither ever shows a stack trace or an exception's message.
 */
@Controller
class ArchiveErrorController implements ErrorController {

    static final String API_PREFIX = "/api/";
    /** What a 400 the container decided means: the API's own refusals answer with their own detail. */
    static final String MALFORMED =
            "The address cannot be read: it has a malformed %-escape or a character not allowed in a URL.";

    /** Features that answer some errors with a page of their own (the admin's import page for a too-large upload). */
    private final List<ErrorViewResolver> featurePages;

    ArchiveErrorController(List<ErrorViewResolver> featurePages) {
        this.featurePages = featurePages;
    }

    /** @param kind which explanation the page gives: {@code notFound}, {@code gone}, {@code badRequest} or {@code server} */
    record ErrorPage(int status, String kind) {

        static ErrorPage of(HttpStatus status) {
            return new ErrorPage(status.value(), switch (status) {
                case NOT_FOUND -> "notFound";
                case GONE -> "gone";
                case BAD_REQUEST -> "badRequest";
                default -> "server";
            });
        }
    }

    /** Either a JSON problem or a page, decided by the path the reader asked for, not by the Accept header. */
    @RequestMapping("${server.error.path:${error.path:/error}}")
    Object error(HttpServletRequest request) {
        HttpStatus status = status(request);
        String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                ? uri.substring(request.getContextPath().length())
                : "";
        if (path.startsWith(API_PREFIX)) {
            ProblemDetail problem = ProblemDetail.forStatus(status);
            if (status == HttpStatus.BAD_REQUEST) {
                problem.setDetail(MALFORMED);
            }
            problem.setInstance(URI.create(request.getContextPath() + path));
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        for (ErrorViewResolver featurePage : featurePages) {
            ModelAndView own = featurePage.resolveErrorView(request, status, Map.of("status", status.value(), "path", path));
            if (own != null) {
                return own;
            }
        }
        ModelAndView page = new ModelAndView("error-page", status);
        page.addObject("error", ErrorPage.of(status));
        return page;
    }

    /** The status the container recorded; a direct request for the error path finds nothing, so 404. */
    private static HttpStatus status(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code) {
            HttpStatus status = HttpStatus.resolve(code);
            return status != null && status.isError() ? status : HttpStatus.INTERNAL_SERVER_ERROR;
        }
        return HttpStatus.NOT_FOUND;
    }
}
