package org.interviewarchive.reading.quote;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.interviewarchive.config.ArchiveProperties;
import org.interviewarchive.quote.QuoteInContext;
import org.interviewarchive.reading.cite.Citing;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Quote cards as PNG files, drawn once and kept under the data directory by quote id and a hash of what they show,
 * so that a corrected quote or a new layout gets a new card. No card without a font that has Chinese characters.
 */
@Component
class QuoteCards {

    /** Changes whenever the layout does, so that cards drawn before are not served again. */
    private static final String LAYOUT = "3";
    /** Cards are in the site's default language: one picture per quote, whoever shares it. */
    private static final Locale LANGUAGE = Locale.SIMPLIFIED_CHINESE;

    private final CardFont font;
    private final Citing citing;
    private final MessageSource messages;
    private final Path folder;

    QuoteCards(CardFont font, Citing citing, MessageSource messages, ArchiveProperties properties) {
        this.font = font;
        this.citing = citing;
        this.messages = messages;
        this.folder = properties.dataDir().resolve("cards");
    }

    boolean available() {
        return font.font().isPresent();
    }

    /** The card of a quote as PNG bytes, or nothing when there is no font to draw it with. */
    Optional<byte[]> png(QuoteInContext page) {
        if (!available()) {
            return Optional.empty();
        }
        CardText text = text(page);
        Path file = folder.resolve(page.quote().id() + "-" + hash(text) + ".png");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(folder);
                Path drawing = Files.createTempFile(folder, page.quote().id(), ".tmp");
                Files.write(drawing, encode(QuoteCardRenderer.render(text, font.font().orElseThrow())));
                Files.move(drawing, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                forgetOlder(page.quote().id(), file);
            }
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A quote's cards of an earlier text or layout are never asked for again. */
    private void forgetOlder(String id, Path current) throws IOException {
        try (DirectoryStream<Path> cards = Files.newDirectoryStream(folder, id + "-*.png")) {
            for (Path card : cards) {
                if (!card.equals(current)) {
                    Files.deleteIfExists(card);
                }
            }
        }
    }

    private CardText text(QuoteInContext page) {
        String interview = page.interview().date() == null ? page.interview().title()
                : page.interview().date() + " · " + page.interview().title();
        return new CardText(page.quote().text(), citing.byline(page.quote(), page.interview().slug(), LANGUAGE),
                interview, messages.getMessage("site.name", null, LANGUAGE));
    }

    private static byte[] encode(BufferedImage image) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }

    private static String hash(CardText text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(String.join("\u0000", LAYOUT, text.quote(), text.byline(), text.interview(), text.site())
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
