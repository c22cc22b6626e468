package org.interviewarchive.reading.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.interviewarchive.support.SeedArchiveTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** An interview, whole or filtered, downloaded as Markdown with absolute permalinks. */
class InterviewExportTest extends SeedArchiveTest {

    private static final String SLUG = "2025-12-22-gemini-leads-pro-distills-flash";
    private static final Pattern PERMALINK = Pattern.compile("\\[永久链接]\\((http://localhost:\\d+/q/([0-9a-z]{10}))\\)");

    @Test
    void theWholeInterviewDownloadsAsAMarkdownFile() {
        HttpResponse<String> response = http().get("/interviews/" + SLUG + "/export.md");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/markdown;charset=UTF-8");
        assertThat(response.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"" + SLUG + ".md\"");
        String markdown = response.body();
        List<String> lines = markdown.lines().toList();
        assertThat(lines.getFirst()).isEqualTo("# Gemini负责人:Pro的主要作用是蒸馏Flash!最大突破空间在后训练;Noam、Jeff Dean:持续学习是重要改进方向");
        assertThat(lines).contains("- 来源：51CTO技术栈", "- 日期：2025-12-22",
                "- 发言人：Logan Kilpatrick（主持人）、Jeff Dean（嘉宾）、Oriol Vinyals（嘉宾）、Noam Shazeer（嘉宾）",
                "## Gemini的起源:Google Brain与Deepmind的融合", "**Jeff Dean**");
        assertThat(lines.stream().filter(line -> line.startsWith("## "))).hasSize(7);
        assertThat(permalinkIds(markdown)).isEqualTo(apiIds(http().json("/api/interviews/" + SLUG).get("quotes")));
    }

    @Test
    void theExportFollowsTheFiltersOfThePage() {
        String markdown = http().get("/interviews/" + SLUG + "/export.md?speaker=noam-shazeer").body();

        JsonNode noam = http().json("/api/speakers/noam-shazeer").get("interviews").get(0).get("quotes");
        assertThat(permalinkIds(markdown)).isEqualTo(apiIds(noam));
        assertThat(markdown).contains("- 筛选：发言人 Noam Shazeer — 显示 148 条中的 22 条");
        assertThat(markdown).doesNotContain("**Jeff Dean**");
    }

    @Test
    void theFiltersOfThePageLinkToTheirExport() {
        String href = http().html("/interviews/" + SLUG + "?speaker=jeff-dean").selectFirst("a.export").attr("href");

        assertThat(href).isEqualTo("/interviews/" + SLUG + "/export.md?speaker=jeff-dean");
    }

    @Test
    void markdownInTranscriptTextIsEscaped() {
        assertThat(InterviewMarkdown.escape("**不是粗体** [链接](javascript:x) <b>")).isEqualTo("\\*\\*不是粗体\\*\\* \\[链接\\](javascript:x) \\<b\\>");
        assertThat(InterviewMarkdown.escape("# 不是标题\n- 不是列表")).isEqualTo("\\# 不是标题\n\\- 不是列表");
    }

    private static List<String> permalinkIds(String markdown) {
        Matcher matcher = PERMALINK.matcher(markdown);
        List<String> ids = new ArrayList<>();
        while (matcher.find()) {
            ids.add(matcher.group(2));
        }
        return ids;
    }

    private static List<String> apiIds(JsonNode quotes) {
        List<String> ids = new ArrayList<>();
        quotes.forEach(quote -> ids.add(quote.get("id").asString()));
        return ids;
    }
}
