package org.interviewarchive.reading.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.interviewarchive.config.ArchiveProperties;
import org.interviewarchive.support.SeedArchiveTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code /q/{id}/card.png}: the picture a shared quote shows, named in the page's Open Graph and Twitter tags. */
class QuoteCardTest extends SeedArchiveTest {

    private static final String ID = "f46qgxpxcq";

    @Autowired
    private ArchiveProperties properties;

    @Test
    void aQuotePageOffersItsCardToLinkPreviews() {
        Document page = http().html("/q/" + ID);

        assertThat(page.selectFirst("meta[property=og:image]").attr("content")).isEqualTo(url("/q/" + ID + "/card.png"));
        assertThat(page.selectFirst("meta[name=twitter:image]").attr("content")).isEqualTo(url("/q/" + ID + "/card.png"));
        assertThat(page.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
        assertThat(page.selectFirst("meta[property=og:image:width]").attr("content")).isEqualTo("1200");
    }

    @Test
    void theCardIsA1200By630PngKeptOnDisk() throws Exception {
        HttpResponse<byte[]> response = png("/q/" + ID + "/card.png");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
        BufferedImage card = ImageIO.read(new ByteArrayInputStream(response.body()));
        assertThat(card.getWidth()).isEqualTo(1200);
        assertThat(card.getHeight()).isEqualTo(630);
        assertThat(distinctColours(card)).as("not a blank picture").isGreaterThan(20);
        try (Stream<Path> cached = Files.list(properties.dataDir().resolve("cards"))) {
            assertThat(cached.map(file -> file.getFileName().toString()))
                    .anyMatch(name -> name.matches(ID + "-[0-9a-f]{16}\\.png"));
        }
        assertThat(png("/q/" + ID + "/card.png").body()).isEqualTo(response.body());
    }

    @Test
    void aNewCardReplacesTheCardOfAnEarlierTextOrLayout() throws Exception {
        String id = http().json("/api/interviews/2024-12-23-oriol-vinyals-drastic-research").get("quotes").get(3)
                .get("id").asString();
        Path folder = Files.createDirectories(properties.dataDir().resolve("cards"));
        Path stale = Files.write(folder.resolve(id + "-0000000000000000.png"), new byte[] {1});

        assertThat(png("/q/" + id + "/card.png").statusCode()).isEqualTo(200);

        assertThat(stale).doesNotExist();
        try (Stream<Path> cached = Files.list(folder)) {
            assertThat(cached.map(file -> file.getFileName().toString()).filter(name -> name.startsWith(id + "-")))
                    .singleElement().satisfies(name -> assertThat(name).matches(id + "-[0-9a-f]{16}\\.png"));
        }
    }

    @Test
    void anUnknownQuoteHasNoCard() throws Exception {
        assertThat(png("/q/0000000000/card.png").statusCode()).isEqualTo(404);
    }

    private HttpResponse<byte[]> png(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static long distinctColours(BufferedImage image) {
        return Stream.iterate(0, y -> y < image.getHeight(), y -> y + 3)
                .flatMap(y -> Stream.iterate(0, x -> x < image.getWidth(), x -> x + 3).map(x -> image.getRGB(x, y)))
                .distinct()
                .count();
    }
}
