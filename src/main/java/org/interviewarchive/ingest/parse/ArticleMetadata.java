package org.interviewarchive.ingest.parse;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects what an article's key-value lines say about it ("文章作者: …", "发布时间: 2024-12-23 08:13",
 * "原文链接: http…", "原视频链接：https://…"). The first value of each kind wins, so lines are fed in reading order.
 */
final class ArticleMetadata {

    private static final Pattern KEY_VALUE = Pattern.compile("^[*_]*(?<key>[^:：*_]{1,12}?)[*_\\s]*[:：](?!//)[*_\\s]*(?<value>.+)$");
    private static final Pattern URL_VALUE = Pattern.compile(
            "^(?:<?(?<bare>https?://[^\\s>]+)>?|\\[[^\\]]*]\\((?<linked>https?://[^)\\s]+)\\))$");
    private static final Pattern MEDIA_KEY = keyWords("视频|音频|播客|节目|video|audio|podcast|youtube|episode");
    private static final Pattern IMAGE_KEY = keyWords("封面|图片|配图|cover|image|thumbnail");
    private static final Pattern LINK_KEY = keyWords("原文|链接|地址|网址|url|link|source");
    private static final Pattern DATE_KEY = keyWords("时间|日期|date|published");
    private static final Pattern SOURCE_KEY = keyWords("作者|来源|公众号|出品|栏目|author|source|publisher");
    private static final Pattern TITLE_KEY = Pattern.compile("^(?:标题|题目|title)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[。！？!?，,；;]");
    /** A value this short without sentence punctuation is a fact about the article ("发布地: 上海"), not prose. */
    private static final int SHORT_VALUE = 30;

    private String title;
    private String source;
    private String sourceUrl;
    private String mediaUrl;
    private LocalDate date;

    private static Pattern keyWords(String alternatives) {
        return Pattern.compile(alternatives, Pattern.CASE_INSENSITIVE);
    }

    /** Takes what a line says about the article; true when the line is such a key-value line rather than prose. */
    boolean accept(String line) {
        Optional<Matcher> keyValue = keyValue(line);
        if (keyValue.isEmpty()) {
            return false;
        }
        String key = keyValue.get().group("key").strip();
        String value = keyValue.get().group("value").strip();
        Optional<String> url = url(value);
        if (url.isPresent()) {
            if (MEDIA_KEY.matcher(key).find()) {
                mediaUrl = mediaUrl != null ? mediaUrl : url.get();
            } else if (!IMAGE_KEY.matcher(key).find() && LINK_KEY.matcher(key).find()) {
                sourceUrl = sourceUrl != null ? sourceUrl : url.get();
            }
            return true;
        }
        boolean shortValue = Lines.length(value) <= SHORT_VALUE && !SENTENCE_PUNCTUATION.matcher(value).find();
        if (DATE_KEY.matcher(key).find()) {
            date = date != null ? date : Dates.find(value).orElse(null);
            return true;
        }
        if (TITLE_KEY.matcher(key).matches()) {
            title = title != null ? title : MarkdownText.plain(value);
            return true;
        }
        if (shortValue && SOURCE_KEY.matcher(key).find()) {
            source = source != null ? source : MarkdownText.plain(value);
        }
        return shortValue;
    }

    /** Whether a line is a key with a link ("原视频链接：https://…"): metadata wherever it stands. */
    static boolean isLinkLine(String line) {
        return keyValue(line).flatMap(keyValue -> url(keyValue.group("value").strip())).isPresent();
    }

    /** A key is a short phrase without punctuation; "让我们设想一个场景，比如: …" is prose. */
    private static Optional<Matcher> keyValue(String line) {
        Matcher matcher = KEY_VALUE.matcher(line.strip());
        if (!matcher.matches() || matcher.group("key").isBlank() || Lines.hasPunctuation(matcher.group("key"))) {
            return Optional.empty();
        }
        return Optional.of(matcher);
    }

    private static Optional<String> url(String value) {
        Matcher matcher = URL_VALUE.matcher(value);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(matcher.group("bare") != null ? matcher.group("bare") : matcher.group("linked"));
    }

    String title() {
        return title;
    }

    String source() {
        return source;
    }

    String sourceUrl() {
        return sourceUrl;
    }

    String mediaUrl() {
        return mediaUrl;
    }

    LocalDate date() {
        return date;
    }
}
