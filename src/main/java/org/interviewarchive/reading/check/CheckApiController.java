package org.interviewarchive.reading.check;

import org.interviewarchive.search.CheckResult;
import org.interviewarchive.search.QuoteCheck;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CheckApiController {

    private final QuoteCheck check;

    CheckApiController(QuoteCheck check) {
        this.check = check;
    }

    /** {@code q}: the sentence to check. */
    @GetMapping("/api/check")
    CheckResult check(@RequestParam(name = "q", defaultValue = "") String sentence) {
        return check.check(sentence);
    }
}
