package org.interviewarchive.reading.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.interviewarchive.config.ArchiveProperties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A quote card is a 1200 × 630 picture with the words drawn on it, a long quote cut where a sentence ends. */
class QuoteCardDrawingTest {

    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private static Font font;

    @BeforeAll
    static void font() {
        font = new CardFont(new ArchiveProperties(Path.of("target"), null, null, null, null, null, null,
                new ArchiveProperties.Cards(null, List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"))), null))
                .font().orElse(null);
        if (font == null) {
            System.out.println("No font with Chinese characters on this machine: quote cards are off, not drawn");
        }
        assumeTrue(font != null);
    }

    @Test
    void theCardIs1200By630WithTheQuoteDrawnOnIt() throws IOException {
        BufferedImage card = QuoteCardRenderer.render(new CardText("规模在预训练中仍然至关重要。", "Sebastian Borgeaud",
                "2025-12-18 · 对话 Gemini 3 预训练负责人", "访谈档案"), font);

        assertThat(card.getWidth()).isEqualTo(1200);
        assertThat(card.getHeight()).isEqualTo(630);
        int background = card.getRGB(600, 20);
        long inked = 0;
        for (int y = 150; y < 260; y++) {
            for (int x = 80; x < 1120; x++) {
                if (card.getRGB(x, y) != background) {
                    inked++;
                }
            }
        }
        assertThat(inked).as("pixels of the quote's characters").isGreaterThan(5_000);
        Path file = Files.createDirectories(Path.of("target", "screenshots")).resolve("card-drawn.png");
        ImageIO.write(card, "png", file.toFile());
    }

    @Test
    void aLongQuoteIsCutAfterTheLastSentenceThatFits() {
        String sentence = "这是一个关于预训练规模与数据约束的很长的句子，用来把卡片上的四行全部填满。";
        String text = sentence.repeat(8);
        Font quoteFont = font.deriveFont(46f);

        String shortened = QuoteCardRenderer.shorten(text, quoteFont, CONTEXT);

        assertThat(shortened).endsWith("。…");
        assertThat(text).startsWith(shortened.substring(0, shortened.length() - 1));
        assertThat(shortened.length()).isLessThan(text.length());
        assertThat(QuoteCardRenderer.shorten("短句。", quoteFont, CONTEXT)).isEqualTo("短句。");
    }

    @Test
    void aSentenceTooLongForTheCardIsCutWhereTheSpaceEnds() {
        String run = "没有标点的一段话".repeat(40);

        String shortened = QuoteCardRenderer.shorten(run, font.deriveFont(46f), CONTEXT);

        assertThat(shortened).endsWith("…").hasSizeLessThan(run.length());
        assertThat(run).startsWith(shortened.substring(0, shortened.length() - 1));
    }
}
