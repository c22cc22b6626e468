package org.interviewarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.interviewarchive.support.SeedArchiveTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An address the servlet container cannot decode is refused before any of the archive's code runs; the answer is
 * still the archive's: a JSON problem under {@code /api/}, a page with the archive's headers and no inline style
 * elsewhere, never Tomcat's page.
 */
class MalformedAddressTest extends SeedArchiveTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/interviews/%ZZ", "/api/search?q=x&page=%", "/api/quotes/%E4%B8"})
    void theApiAnswersAMalformedAddressWithAJsonProblem(String path) throws IOException {
        Raw response = send(path);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("content-type")).isEqualTo("application/problem+json");
        JsonNode problem = JsonMapper.builder().build().readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("detail").asString()).contains("malformed");
        assertThat(response.body()).doesNotContain("Tomcat", "<html");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/interviews/%ZZ", "/q/%G1%3Cscript%3E"})
    void aPageAtAMalformedAddressSendsTheReaderHome(String path) throws IOException {
        Raw response = send(path);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("content-type")).startsWith("text/html");
        assertThat(response.header("content-security-policy")).isEqualTo(SecurityConfiguration.CONTENT_SECURITY_POLICY);
        assertThat(response.header("x-content-type-options")).isEqualTo("nosniff");
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("a[href=/]")).isNotEmpty();
        assertThat(page.select("style, [style], script")).isEmpty();
        assertThat(response.body()).doesNotContain("Tomcat", "Exception");
    }

    @Test
    void aSearchWithABrokenParameterExplainsTheAddressInTheSitesLayout() throws IOException {
        Raw response = send("/search?q=%E8%92%B8&page=%");

        assertThat(response.status()).isEqualTo(400);
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("h1").text()).isEqualTo("无法识别的地址");
        assertThat(page.select("main form[action=/search] input[name=q]")).hasSize(1);
    }

    private record Raw(int status, String head, String body) {

        String header(String name) {
            return head.lines().filter(line -> line.toLowerCase(Locale.ROOT).startsWith(name + ":"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst().orElse("");
        }
    }

    /**
     * Sends the address byte for byte, as HTTP/1.0 so that the answer is not chunked: Java's HTTP client would refuse
     * to build a request with a bad escape.
     */
    private Raw send(String path) throws IOException {
        int port = URI.create(url("/")).getPort();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = response.indexOf("\r\n\r\n");
            String head = response.substring(0, split);
            int status = Integer.parseInt(head.substring(9, 12));
            return new Raw(status, head, response.substring(split + 4));
        }
    }
}
