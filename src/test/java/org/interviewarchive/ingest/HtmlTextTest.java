package org.interviewarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.interviewarchive.ingest.parse.NameLinesParser;
import org.interviewarchive.ingest.parse.ParseContext;
import org.interviewarchive.ingest.parse.Passage;
import org.interviewarchive.ingest.parse.TextDocument;
import org.junit.jupiter.api.Test;

/** A web page becomes the text a reader sees on it: paragraphs and lines kept, page furniture and scripts gone. */
class HtmlTextTest {

    @Test
    void paragraphsAndHeadingsBecomeParagraphsAndBreaksAndListItemsBecomeLines() {
        String text = HtmlText.toText("""
                <html><body>
                <h2>第一部分</h2>
                <p>Jeff Dean</p>
                <p>We started with <b>two</b>
                   teams.<br>Then one.</p>
                <ul><li>first</li><li>second</li></ul>
                </body></html>
                """);

        assertThat(text).isEqualTo("第一部分\n\nJeff Dean\n\nWe started with two teams.\nThen one.\n\nfirst\nsecond\n");
    }

    @Test
    void scriptsStylesNavigationHeadersFootersAndFormsAreDropped() {
        String text = HtmlText.toText("""
                <html><head><title>Page title</title><style>p { color: red }</style></head><body>
                <header>Site name</header><nav><a href="/">Home</a></nav>
                <div role="navigation">Menu</div>
                <script>alert('x')</script><noscript>Enable JavaScript</noscript>
                <main><p>The interview.</p></main>
                <aside>Related</aside><form><input name="q"><button>Search</button></form>
                <footer>© 2025</footer>
                </body></html>
                """);

        assertThat(text).isEqualTo("The interview.\n");
    }

    @Test
    void aSourceLineBreakInsideChineseTextJoinsWithoutASpaceWhileLatinWordsKeepOne() {
        assertThat(HtmlText.toText("<p>我们先有了\n  两个团队，\nthen one\n  team。</p>")).isEqualTo("我们先有了两个团队，then one team。\n");
    }

    @Test
    void preformattedTextKeepsItsLines() {
        assertThat(HtmlText.toText("<pre>Speaker 0\n你好\nHello</pre>")).isEqualTo("Speaker 0\n你好\nHello\n");
    }

    @Test
    void aPageIsKnownByItsNameOrByHowItStarts() {
        assertThat(HtmlText.isHtml("talk.HTML", "plain words")).isTrue();
        assertThat(HtmlText.isHtml("talk.htm", "")).isTrue();
        assertThat(HtmlText.isHtml("talk.txt", "\n  <!DOCTYPE html><html>")).isTrue();
        assertThat(HtmlText.isHtml("talk.txt", "<html lang=\"zh\">")).isTrue();
        assertThat(HtmlText.isHtml("talk.txt", "**主持人：** <b>不是网页</b>")).isFalse();
        assertThat(HtmlText.isHtml("talk.md", "# Title\n\n<br>")).isFalse();
    }

    @Test
    void anArticleSavedAsAPageParsesIntoTheSameTurnsAsItsText() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("seeds", "000_2ada8b3cbe10c4aa.txt"));
        String html = "<!DOCTYPE html><html><body><nav>首页 人工智能</nav><article>"
                + lines.stream().filter(line -> !line.isBlank())
                        .map(line -> "<p>" + line.replace("&", "&amp;").replace("<", "&lt;") + "</p>")
                        .collect(Collectors.joining("\n"))
                + "</article><footer>版权所有</footer></body></html>";

        List<Passage> fromText = parse(String.join("\n", lines));
        List<Passage> fromPage = parse(HtmlText.toText(html));

        assertThat(fromPage).isEqualTo(fromText);
    }

    private static List<Passage> parse(String text) {
        return new NameLinesParser().parse(TextDocument.of("000.txt", text), ParseContext.empty()).passages();
    }
}
