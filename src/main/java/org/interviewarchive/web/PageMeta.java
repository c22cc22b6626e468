package org.interviewarchive.web;

/**
 * What a page tells search engines and link previews: the layout writes it into the head as description, canonical
 * link, Open Graph and Twitter card tags. Pages without it get none of these.
 *
 * @param title        the title a link preview shows
 * @param description  a short plain-text summary, at most {@link #DESCRIPTION_LENGTH} characters
 * @param canonicalUrl the page's absolute address without filters or language
 * @param type         the Open Graph type: {@code website} or {@code article}
 * @param image        the absolute address of a 1200 × 630 picture for link previews, null for none
 * @param feed         the address of the Atom feed that follows this page, null for the site's feed
 */
public record PageMeta(String title, String description, String canonicalUrl, String type, String image, String feed) {

    public static final String MODEL_ATTRIBUTE = "meta";
    public static final int DESCRIPTION_LENGTH = 160;

    public PageMeta {
        description = description == null ? null : shorten(description, DESCRIPTION_LENGTH);
    }

    public static PageMeta website(String title, String description, String canonicalPath) {
        return new PageMeta(title, description, AbsoluteUrls.of(canonicalPath), "website", null, null);
    }

    public static PageMeta article(String title, String description, String canonicalPath) {
        return new PageMeta(title, description, AbsoluteUrls.of(canonicalPath), "article", null, null);
    }

    /** The same with a picture for link previews, at a path of this application. */
    public PageMeta withImage(String imagePath) {
        return new PageMeta(title, description, canonicalUrl, type, AbsoluteUrls.of(imagePath), feed);
    }

    /** The same with the Atom feed that follows this page, at a path of this application. */
    public PageMeta withFeed(String feedPath) {
        return new PageMeta(title, description, canonicalUrl, type, image, feedPath);
    }

    /** The text on one line, cut to at most {@code max} characters (code points) with an ellipsis when cut. */
    static String shorten(String text, int max) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        if (oneLine.codePointCount(0, oneLine.length()) <= max) {
            return oneLine;
        }
        int end = oneLine.offsetByCodePoints(0, max - 1);
        return oneLine.substring(0, end).stripTrailing() + "…";
    }
}
