package org.interviewarchive.reading.quote;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.interviewarchive.config.ArchiveProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * The font quote cards are drawn with: one that has Chinese characters, from {@code archive.cards.font} or the first
 * found in the font folders (Noto Sans CJK where installed, its Simplified Chinese face). Looked for once, when the
 * first card is asked for.
 */
@Component
class CardFont {

    /** Characters a card's font must draw, or Chinese quotes would show as boxes. */
    static final String PROBE = "访谈档案引语，“转述”";
    private static final int MAX_DEPTH = 5;
    private static final Logger log = LoggerFactory.getLogger(CardFont.class);

    private final SingletonSupplier<Optional<Font>> font;

    CardFont(ArchiveProperties properties) {
        ArchiveProperties.Cards cards = properties.cards();
        List<Path> candidates = cards.font() != null ? List.of(cards.font()) : cards.fontDirs().stream()
                .flatMap(CardFont::fontFiles)
                .sorted(Comparator.comparingInt(CardFont::preference).thenComparing(Path::toString))
                .toList();
        this.font = SingletonSupplier.of(() -> find(candidates));
    }

    Optional<Font> font() {
        return font.obtain();
    }

    private static Optional<Font> find(List<Path> candidates) {
        for (Path file : candidates) {
            Optional<Font> found = load(file);
            if (found.isPresent()) {
                log.info("Quote cards are drawn in {} from {}", found.get().getFontName(Locale.ROOT), file);
                return found;
            }
        }
        log.warn("No font with Chinese characters was found; quote cards are off. Install fonts-noto-cjk or set "
                + "archive.cards.font");
        return Optional.empty();
    }

    private static Optional<Font> load(Path file) {
        try {
            List<Font> faces = List.of(Font.createFonts(file.toFile()));
            return faces.stream()
                    .filter(face -> face.canDisplayUpTo(PROBE) == -1)
                    .min(Comparator.comparingInt(face -> face.getFamily(Locale.ROOT).endsWith(" SC") ? 0 : 1));
        } catch (IOException | FontFormatException unreadable) {
            return Optional.empty();
        }
    }

    private static Stream<Path> fontFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.walk(dir, MAX_DEPTH)) {
            return files.filter(file -> file.toString().toLowerCase(Locale.ROOT).matches(".*\\.(ttc|otf|ttf)"))
                    .toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CJK fonts first, sans-serif before serif, regular before bold. */
    private static int preference(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int score = 0;
        score += name.contains("cjk") || name.contains("wqy") || name.contains("hei") ? 0 : 4;
        score += name.contains("sans") ? 0 : 2;
        score += name.contains("bold") ? 1 : 0;
        return score;
    }
}
