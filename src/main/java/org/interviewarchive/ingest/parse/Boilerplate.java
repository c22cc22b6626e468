package org.interviewarchive.ingest.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What publishing sites put around an interview: the lines that end an article's own text and start the
 * site's promotion, link lists and footers. Shared by the layouts that come from web pages.
 */
public final class Boilerplate {

    private static final List<Pattern> END_OF_ARTICLE = List.of(
            Pattern.compile("^[#*\\s【\\[]*(往期回顾|往期推荐|推荐阅读|相关阅读|延伸阅读|热门文章|精彩推荐)"),
            Pattern.compile("^文章(到这里)?就?(到此)?结束"),
            Pattern.compile("^(本文|文章)(来自|来源|转载自|转自)"),
            Pattern.compile("^文章来自于"),
            Pattern.compile("^参考(链接|资料|文献)[:：]?$"),
            Pattern.compile("^[\\\\*\\-\\s]*-{2,}\\s*END\\s*-{2,}[\\\\*\\s]*$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^(扫码|长按|点击)(关注|识别|下方|阅读原文)"),
            Pattern.compile("^(免责声明|版权声明)"));

    private static final List<Pattern> PAGE_ARTIFACTS = List.of(
            Pattern.compile("^展开(剩余|全部|更多).{0,20}$"),
            Pattern.compile("^(点击|查看)(展开|更多)$"),
            Pattern.compile("^\\d+\\s*(点击|阅读|浏览)\\s+\\d{4}-\\d{2}-\\d{2}.*$"));

    private static final List<Pattern> PROMOTION = List.of(
            Pattern.compile("(全文|本文|约)\\s*[\\d,，.]+\\s*万?\\s*字.{0,12}(阅读|读完)"),
            Pattern.compile("^(预计)?阅读(时间|时长)?(约|大约)?需?\\s*\\d+\\s*分钟"),
            Pattern.compile("\\d+\\s*min(ute)?s?\\s+read", Pattern.CASE_INSENSITIVE),
            Pattern.compile("(关注|订阅|置顶).{0,6}(公众号|本号|蓝字)|关注我们|设为(星标|🌟标)|标星"),
            Pattern.compile("^[*_\\s]*(subscribe|follow us)\\b", Pattern.CASE_INSENSITIVE));

    /** Promotion is short: a long line that merely mentions following someone is content. */
    private static final int PROMOTION_MAX_LENGTH = 80;

    private Boilerplate() {
    }

    /** A line after which nothing belongs to the article. */
    public static boolean endsArticle(String line) {
        String stripped = line.strip();
        return END_OF_ARTICLE.stream().anyMatch(pattern -> pattern.matcher(stripped).find());
    }

    /** A line a web page leaves in copied text that is no one's words ("展开剩余字幕(还有 291 条)"). */
    public static boolean isPageArtifact(String line) {
        String stripped = line.strip();
        return PAGE_ARTIFACTS.stream().anyMatch(pattern -> pattern.matcher(stripped).matches());
    }

    /** A short line that advertises rather than says anything: a reading-time note, a call to follow or subscribe. */
    public static boolean isPromotion(String line) {
        String stripped = line.strip();
        return Lines.length(stripped) <= PROMOTION_MAX_LENGTH
                && PROMOTION.stream().anyMatch(pattern -> pattern.matcher(stripped).find());
    }
}
