package org.interviewarchive.reading.check;

import java.util.Locale;
import org.interviewarchive.search.CheckResult;
import org.interviewarchive.search.QuoteCheck;
import org.interviewarchive.web.PageMeta;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /check}: paste a sentence, learn whether, where and by whom it was said. */
@Controller
class CheckPageController {

    static final String PATH = "/check";

    private final QuoteCheck check;
    private final MessageSource messages;

    CheckPageController(QuoteCheck check, MessageSource messages) {
        this.check = check;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String check(@RequestParam(name = "q", required = false) String sentence, Model model, Locale locale) {
        String title = messages.getMessage("check.title", null, locale);
        boolean asked = sentence != null && !sentence.isBlank();
        CheckResult result = asked ? check.check(sentence) : null;
        model.addAttribute("sentence", sentence == null ? "" : sentence);
        model.addAttribute("result", result);
        model.addAttribute("title", title);
        model.addAttribute(PageMeta.MODEL_ATTRIBUTE, PageMeta.website(title, null, PATH));
        return "check";
    }
}
