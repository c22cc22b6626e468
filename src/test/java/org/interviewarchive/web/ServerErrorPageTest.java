package org.interviewarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.interviewarchive.support.RunningArchive;
import org.interviewarchive.support.TestArchives;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** When the server fails, a reader gets a 500 page in the site's layout, never a stack trace; the API gets JSON. */
class ServerErrorPageTest {

    @Test
    void aBrokenDatabaseGivesA500PageAndA500Problem() {
        try (RunningArchive archive = RunningArchive.start(TestArchives.newDataDir("broken"), List.of())) {
            archive.bean(JdbcClient.class).sql("drop table participation").update();

            HttpResponse<String> page = archive.http().get("/speakers", "Accept", "text/html");
            HttpResponse<String> api = archive.http().get("/api/speakers", "Accept", "text/html");

            assertThat(page.statusCode()).isEqualTo(500);
            Document html = Jsoup.parse(page.body());
            assertThat(html.selectFirst("h1").text()).isEqualTo("出错了");
            assertThat(html.select("main form[action=/search]")).hasSize(1);
            assertThat(page.body()).doesNotContain("Exception").doesNotContain("participation").doesNotContain("at org.");
            assertThat(api.statusCode()).isEqualTo(500);
            assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(api.body()).doesNotContain("participation");
        }
    }
}
