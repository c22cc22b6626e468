package org.interviewarchive.reading.compare;

import java.util.List;
import java.util.Locale;
import org.interviewarchive.search.SearchMode;
import org.interviewarchive.search.SpeakerComparison;
import org.interviewarchive.web.PageMeta;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /compare?q=…}: who said what about anything a reader searches for, one column per speaker. */
@Controller
class ComparePageController {

    private final SpeakerComparison comparison;
    private final MessageSource messages;

    ComparePageController(SpeakerComparison comparison, MessageSource messages) {
        this.comparison = comparison;
        this.messages = messages;
    }

    @GetMapping("/compare")
    String compare(@RequestParam(name = "q", defaultValue = "") String query,
            @RequestParam(name = "mode", required = false) String mode, Model model, Locale locale) {
        String q = query.strip();
        String title = q.isEmpty() ? messages.getMessage("compare.title", null, locale)
                : messages.getMessage("compare.titleFor", new Object[] {q}, locale);
        List<SpeakerComparison.Column> columns = q.isEmpty() ? List.of() : comparison.of(q, SearchMode.of(mode));
        model.addAttribute("query", q);
        model.addAttribute("columns", columns);
        model.addAttribute("title", title);
        model.addAttribute(PageMeta.MODEL_ATTRIBUTE, PageMeta.website(title, null, "/compare"));
        return "compare";
    }
}
