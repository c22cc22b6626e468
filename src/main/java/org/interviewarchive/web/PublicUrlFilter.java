package org.interviewarchive.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.interviewarchive.config.ArchiveProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hands every request the archive's public address when {@code archive.public-url} is set, so that
 * {@link AbsoluteUrls} builds links on it rather than on the host a proxy forwarded to.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class PublicUrlFilter extends OncePerRequestFilter {

    private final String publicBase;

    PublicUrlFilter(ArchiveProperties properties) {
        this.publicBase = properties.publicBase();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (publicBase != null) {
            request.setAttribute(AbsoluteUrls.PUBLIC_BASE, publicBase);
        }
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
