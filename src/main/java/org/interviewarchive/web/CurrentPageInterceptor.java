package org.interviewarchive.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.view.RedirectView;

/** Hands every rendered page its {@link CurrentPage}; JSON answers and redirects have no view and get nothing. */
final class CurrentPageInterceptor implements HandlerInterceptor {

    static final String ATTRIBUTE = "here";

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView modelAndView) {
        if (modelAndView != null && modelAndView.hasView() && !isRedirect(modelAndView)) {
            modelAndView.addObject(ATTRIBUTE, CurrentPage.of(request, RequestContextUtils.getLocale(request)));
        }
    }

    private static boolean isRedirect(ModelAndView modelAndView) {
        return modelAndView.getView() instanceof RedirectView
                || (modelAndView.getViewName() != null && modelAndView.getViewName().startsWith("redirect:"));
    }
}
