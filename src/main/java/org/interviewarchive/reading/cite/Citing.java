package org.interviewarchive.reading.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.interviewarchive.interview.InterviewService;
import org.interviewarchive.interview.InterviewView;
import org.interviewarchive.quote.QuoteView;
import org.interviewarchive.web.AbsoluteUrls;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** The citations that quote and interview pages show, in the reader's interface language. */
@Service
public class Citing {

    private final CitedWorks works;
    private final InterviewService interviews;
    private final MessageSource messages;

    Citing(CitedWorks works, InterviewService interviews, MessageSource messages) {
        this.works = works;
        this.interviews = interviews;
        this.messages = messages;
    }

    public CitationBlock quote(QuoteView quote, String interviewSlug, Locale locale) {
        InterviewView interview = interviews.view(interviewSlug).orElseThrow();
        CitationLabels labels = new CitationLabels(messages, locale);
        CitedWork work = works.quote(quote, interview, AbsoluteUrls.of(quote.url()));
        List<CitationBlock.Styled> styles = styles(work, labels);
        return new CitationBlock(styles, CitationDownloads.of(quote.url()), copyText(work, labels, styles));
    }

    /**
     * Whose words a quote is, in one line for previews: the speaker's name for their own words; for a retelling or
     * notes what they are and whose; and the language the words were spoken in when that is not the text's.
     */
    public String byline(QuoteView quote, String interviewSlug, Locale locale) {
        CitedWork work = works.quote(quote, interviews.view(interviewSlug).orElseThrow(), quote.url());
        CitationLabels labels = new CitationLabels(messages, locale);
        List<String> parts = new ArrayList<>();
        if (work.attribution() == Attribution.OWN && !work.authors().isEmpty()) {
            parts.add(labels.names(work.authors()));
        }
        parts.addAll(labels.whatItIs(work));
        return labels.joined(parts);
    }

    public CitationBlock interview(InterviewView interview, Locale locale) {
        String path = "/interviews/" + interview.slug();
        CitedWork work = works.interview(interview, AbsoluteUrls.of(path));
        return new CitationBlock(styles(work, new CitationLabels(messages, locale)), CitationDownloads.of(path), null);
    }

    private static List<CitationBlock.Styled> styles(CitedWork work, CitationLabels labels) {
        return CitationStyle.all().stream()
                .map(style -> new CitationBlock.Styled(style.id(), labels.message("cite.style." + style.id()),
                        style.render(work, labels)))
                .toList();
    }

    /**
     * The words as spoken when the archive has them, a translation marked as one, then the reference in the style the
     * reader's language usually cites in: GB/T 7714 in Chinese, APA in English.
     */
    private static String copyText(CitedWork work, CitationLabels labels, List<CitationBlock.Styled> styles) {
        Words words = work.words();
        List<String> lines = new ArrayList<>();
        if (words.spoken() != null) {
            lines.add(labels.message("cite.quoted", words.spoken()));
        }
        if (words.translation() != null) {
            lines.add(labels.message("cite.translated", words.translation(), labels.language(words.translationLang())));
        }
        String usual = labels.chinese() ? "gbt" : "apa";
        styles.stream().filter(style -> style.id().equals(usual)).findFirst()
                .ifPresent(style -> lines.add(style.text()));
        return String.join("\n", lines);
    }
}
