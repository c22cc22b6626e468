package org.interviewarchive.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.interviewarchive.ingest.TranscriptFiles;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over the servlet's size limits is refused by the server before any controller sees it, as soon as
 * something reads the request's parameters. Instead of an error page, the administrator gets the import page again,
 * saying that nothing was imported and what the limits are. (Only the administrator signs in, so a signed-in user is
 * the administrator.)
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class TooLargeUploadPage implements ErrorViewResolver {

    private final UploadLimits limits;

    TooLargeUploadPage(UploadLimits limits) {
        this.limits = limits;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        if (status != HttpStatus.CONTENT_TOO_LARGE || !ImportController.PATH.equals(model.get("path"))
                || request.getRemoteUser() == null) {
            return null;
        }
        ModelAndView page = new ModelAndView(ImportController.VIEW, status);
        page.addObject("form", ImportForm.empty());
        page.addObject("limits", limits.describe());
        page.addObject("accept", TranscriptFiles.accept());
        page.addObject("problems", List.of("The upload is too large (" + limits.describe() + "). Nothing was imported."));
        return page;
    }
}
