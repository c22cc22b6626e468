package org.interviewarchive.web;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Absolute addresses for canonical links, link previews and exports, built from the request being answered. */
public final class AbsoluteUrls {

    private AbsoluteUrls() {
    }

    /** The absolute URL of a path of this application ({@code /q/abc} → {@code https://host/q/abc}). */
    public static String of(String path) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).build().toUriString();
    }
}
