package org.interviewarchive.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Runs an interceptor that reads request parameters, except while the error page answers an upload: the upload's
 * parameters failed to parse (it was too large), and reading them again would fail the error page too.
 */
record UnlessFailedUpload(HandlerInterceptor delegate) implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        return isFailedUpload(request) || delegate.preHandle(request, response, handler);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView modelAndView) throws Exception {
        if (!isFailedUpload(request)) {
            delegate.postHandle(request, response, handler, modelAndView);
        }
    }

    private static boolean isFailedUpload(HttpServletRequest request) {
        String type = request.getContentType();
        return request.getDispatcherType() == DispatcherType.ERROR && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }
}
