package org.interviewarchive.reading.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.interviewarchive.support.Http;
import org.interviewarchive.support.RunningArchive;
import org.interviewarchive.support.TestArchives;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Without a font that draws Chinese there is no card at all, rather than one with boxes: no picture, no og:image. */
class NoCardFontTest {

    @Test
    void noFontMeansNoCardAndNoPreviewImage() {
        try (RunningArchive archive = RunningArchive.start(TestArchives.newDataDir("no-card-font"),
                List.of(Path.of("seeds/002_87b538c333257a85.txt")), "archive.cards.font=target/no-such-font.ttc")) {
            Http http = archive.http();
            String id = http.json("/api/interviews/best-partners-gemini-3-pretraining-borgeaud").get("quotes").get(0)
                    .get("id").asString();

            Document page = http.html("/q/" + id);
            assertThat(page.select("meta[property=og:image], meta[name=twitter:image]")).isEmpty();
            assertThat(page.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
            assertThat(http.get("/q/" + id + "/card.png").statusCode()).isEqualTo(404);
        }
    }
}
