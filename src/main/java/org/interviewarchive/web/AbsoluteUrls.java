package org.interviewarchive.web;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute addresses for canonical links, link previews, feeds and exports: on {@code archive.public-url} when it is
 * set, else on the request being answered.
 */
public final class AbsoluteUrls {

    /** The request attribute that carries the public address, set by {@link PublicUrlFilter}. */
    static final String PUBLIC_BASE = AbsoluteUrls.class.getName() + ".publicBase";

    private AbsoluteUrls() {
    }

    /** The absolute URL of a path of this application ({@code /q/abc} → {@code https://host/q/abc}). */
    public static String of(String path) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(PUBLIC_BASE, RequestAttributes.SCOPE_REQUEST) instanceof String base) {
            return base + path;
        }
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).build().toUriString();
    }
}
