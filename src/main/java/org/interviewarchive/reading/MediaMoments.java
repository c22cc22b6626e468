package org.interviewarchive.reading;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Links to a moment of the original recording: the video or audio page at the second a quote starts, where the host
 * has a way to say so (YouTube and Bilibili take {@code t=} in the query, Vimeo {@code #t=…s}, an audio or video file
 * a media fragment {@code #t=…}). Other pages get no moment link.
 */
public final class MediaMoments {

    private static final Set<String> MEDIA_FILES = Set.of("mp3", "m4a", "aac", "ogg", "oga", "opus", "wav", "flac",
            "mp4", "m4v", "webm", "mov");

    private MediaMoments() {
    }

    /** The recording at {@code seconds}, or null when there is no recording or its host takes no time. */
    public static String at(String mediaUrl, Integer seconds) {
        String url = ExternalLinks.http(mediaUrl);
        if (url == null || seconds == null) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return null;
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String path = uri.getPath() == null ? "" : uri.getPath().toLowerCase(Locale.ROOT);
        String withoutFragment = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
        if (host.equals("youtu.be") || host.endsWith("youtube.com") || host.endsWith("bilibili.com")) {
            return withQuery(withoutFragment, "t=" + seconds);
        }
        if (host.endsWith("vimeo.com")) {
            return withoutFragment + "#t=" + seconds + "s";
        }
        int dot = path.lastIndexOf('.');
        if (dot >= 0 && MEDIA_FILES.contains(path.substring(dot + 1))) {
            return withoutFragment + "#t=" + seconds;
        }
        return null;
    }

    private static String withQuery(String url, String parameter) {
        String cleaned = url.replaceAll("([?&])t=[^&]*&?", "$1").replaceAll("[?&]$", "");
        return cleaned + (cleaned.contains("?") ? "&" : "?") + parameter;
    }
}
