package org.interviewarchive.reading.quote;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Draws a quote card, the 1200 × 630 picture a shared link shows: the site's name, the quote (shortened at a
 * sentence's end when it does not fit), whose words they are, and the interview.
 */
final class QuoteCardRenderer {

    static final int WIDTH = 1200;
    static final int HEIGHT = 630;

    private static final int MARGIN = 80;
    private static final int TEXT_WIDTH = WIDTH - 2 * MARGIN;
    private static final int QUOTE_TOP = 160;
    private static final int QUOTE_LINES = 4;
    private static final float QUOTE_SIZE = 46f;
    private static final float LINE_HEIGHT = 1.45f;
    private static final String ELLIPSIS = "…";
    /** A sentence ends after these marks, with any closing quotation mark after them. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？!?；;…][”’\"」』]?)|(?<=\\.[”’\"]?\\s)");

    private static final Color BACKGROUND = new Color(0xFBFAF7);
    private static final Color ACCENT = new Color(0xB45309);
    private static final Color TEXT = new Color(0x1C1917);
    private static final Color MUTED = new Color(0x57534E);

    private QuoteCardRenderer() {
    }

    static BufferedImage render(CardText card, Font font) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(ACCENT);
            g.fillRect(0, 0, 16, HEIGHT);

            g.setColor(MUTED);
            g.setFont(font.deriveFont(28f));
            g.drawString(card.site(), MARGIN, 90);

            Font quoteFont = font.deriveFont(QUOTE_SIZE);
            FontRenderContext context = g.getFontRenderContext();
            g.setColor(TEXT);
            float baseline = QUOTE_TOP + QUOTE_SIZE;
            for (TextLayout line : lines(quoted(shorten(card.quote(), quoteFont, context)), quoteFont, context)) {
                line.draw(g, MARGIN, baseline);
                baseline += QUOTE_SIZE * LINE_HEIGHT;
            }

            g.setColor(ACCENT);
            g.setFont(font.deriveFont(Font.BOLD, 32f));
            if (!card.byline().isEmpty()) {
                g.drawString(fitted("— " + card.byline(), g.getFont(), context), MARGIN, 520);
            }
            g.setColor(MUTED);
            g.setFont(font.deriveFont(26f));
            g.drawString(fitted(card.interview(), g.getFont(), context), MARGIN, 580);
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * The quote as it fits: whole, or as many whole sentences as fit followed by an ellipsis, or, when not even the
     * first sentence fits, as much of it as fits.
     */
    static String shorten(String quote, Font font, FontRenderContext context) {
        String text = quote.strip().replaceAll("\\s+", " ");
        if (fits(text, font, context)) {
            return text;
        }
        String kept = "";
        for (String sentence : SENTENCE_END.split(text)) {
            String longer = kept + sentence;
            if (!fits(longer.strip() + ELLIPSIS, font, context)) {
                break;
            }
            kept = longer;
        }
        if (kept.isBlank()) {
            int end = text.length();
            while (end > 1 && !fits(text.substring(0, end).strip() + ELLIPSIS, font, context)) {
                end = text.offsetByCodePoints(end, -1);
            }
            kept = text.substring(0, end);
        }
        return kept.strip() + ELLIPSIS;
    }

    private static boolean fits(String text, Font font, FontRenderContext context) {
        return lines(quoted(text), font, context).size() <= QUOTE_LINES;
    }

    private static String quoted(String text) {
        return "“" + text + "”";
    }

    private static List<TextLayout> lines(String text, Font font, FontRenderContext context) {
        List<TextLayout> lines = new ArrayList<>();
        if (text.isEmpty()) {
            return lines;
        }
        AttributedString styled = new AttributedString(text);
        styled.addAttribute(TextAttribute.FONT, font);
        LineBreakMeasurer measurer = new LineBreakMeasurer(styled.getIterator(), context);
        while (measurer.getPosition() < text.length() && lines.size() <= QUOTE_LINES) {
            lines.add(measurer.nextLayout(TEXT_WIDTH));
        }
        return lines;
    }

    /** One line, cut with an ellipsis where it would run past the margin. */
    private static String fitted(String text, Font font, FontRenderContext context) {
        if (font.getStringBounds(text, context).getWidth() <= TEXT_WIDTH) {
            return text;
        }
        int end = text.length();
        while (end > 1 && font.getStringBounds(text.substring(0, end) + ELLIPSIS, context).getWidth() > TEXT_WIDTH) {
            end = text.offsetByCodePoints(end, -1);
        }
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }
}
