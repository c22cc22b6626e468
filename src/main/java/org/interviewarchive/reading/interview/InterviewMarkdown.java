package org.interviewarchive.reading.interview;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.interviewarchive.interview.InterviewView;
import org.interviewarchive.quote.QuoteKind;
import org.interviewarchive.reading.Bylines;
import org.interviewarchive.web.AbsoluteUrls;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A reading view as a Markdown file: title, source, speakers and filters, then the shown quotes under their section
 * headings, each with its speaker at the start of a turn and its absolute permalink. Labels are in the reader's
 * interface language; transcript text is escaped so that it reads as text, not as Markdown.
 */
@Component
class InterviewMarkdown {

    private static final Pattern INLINE_SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>|])");
    private static final Pattern LINE_START_SPECIAL = Pattern.compile("(?m)^(\\s*)([#>+\\-=]|\\d+\\.)");

    private final MessageSource messages;
    private final Bylines bylines;

    InterviewMarkdown(MessageSource messages, Bylines bylines) {
        this.messages = messages;
        this.bylines = bylines;
    }

    String render(Reading reading, Locale locale) {
        InterviewView interview = reading.interview();
        StringBuilder out = new StringBuilder();
        out.append("# ").append(escape(interview.title())).append("\n\n");
        if (interview.source() != null || interview.sourceUrl() != null) {
            String source = interview.source() == null ? "" : escape(interview.source());
            String link = interview.sourceUrl() == null ? "" : " <" + interview.sourceUrl() + ">";
            field(out, "export.source", (source + link).strip(), locale);
        }
        if (interview.mediaUrl() != null) {
            field(out, "export.media", "<" + interview.mediaUrl() + ">", locale);
        }
        if (interview.date() != null) {
            field(out, "export.date", interview.date().toString(), locale);
        }
        field(out, "export.speakers", String.join(text("list.separator", locale), interview.speakers().stream()
                .map(p -> text("export.speakerRole", locale, escape(p.name()), text("role." + p.role(), locale)))
                .toList()), locale);
        field(out, "export.page", "<" + AbsoluteUrls.of("/interviews/" + interview.slug()) + ">", locale);
        if (reading.filtered()) {
            List<String> filters = reading.filters().stream()
                    .map(filter -> text("reading.filter." + filter.kind(), locale) + " " + escape(filter.label()))
                    .toList();
            field(out, "export.filters", String.join(text("list.separator", locale), filters) + " — "
                    + text("reading.count", locale, reading.shown(), reading.total()), locale);
        }
        for (Reading.Part part : reading.parts()) {
            if (part.title() != null) {
                out.append("\n## ").append(escape(part.title())).append('\n');
            }
            for (Reading.Line line : part.lines()) {
                quote(out, line, locale);
            }
        }
        return out.toString();
    }

    private void quote(StringBuilder out, Reading.Line line, Locale locale) {
        if (line.turnStart()) {
            String byline = bylines.of(line.kind(), line.speaker(), line.narrator(), line.notesSource(), locale);
            String speaker = byline == null ? text("speaker.unattributed", locale) : byline;
            out.append("\n**").append(escape(speaker)).append("**\n");
        }
        out.append('\n');
        if (line.kind() != QuoteKind.DIRECT) {
            out.append('*').append(text("kind." + line.kind(), locale)).append("* ");
        }
        out.append(escape(line.text()))
                .append(" [").append(text("export.permalink", locale)).append("](")
                .append(AbsoluteUrls.of(line.permalink())).append(")\n");
        if (line.secondText() != null) {
            out.append("\n> ").append(escape(line.secondText()).replace("\n", "\n> ")).append('\n');
        }
    }

    private void field(StringBuilder out, String label, String value, Locale locale) {
        out.append("- ").append(text("export.field", locale, text(label, locale), value)).append('\n');
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    /** Transcript text as literal Markdown: no emphasis, links, HTML, headings or lists come out of it. */
    static String escape(String text) {
        String inline = INLINE_SPECIAL.matcher(text).replaceAll("\\\\$1");
        return LINE_START_SPECIAL.matcher(inline).replaceAll("$1\\\\$2");
    }
}
