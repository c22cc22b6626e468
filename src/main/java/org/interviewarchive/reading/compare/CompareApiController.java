package org.interviewarchive.reading.compare;

import java.util.List;
import org.interviewarchive.search.SearchMode;
import org.interviewarchive.search.SpeakerComparison;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Who said what, as JSON: for any search, and for a topic. */
@RestController
class CompareApiController {

    private final SpeakerComparison comparison;

    CompareApiController(SpeakerComparison comparison) {
        this.comparison = comparison;
    }

    @GetMapping("/api/compare")
    List<SpeakerComparison.Column> compare(@RequestParam(name = "q", defaultValue = "") String query,
            @RequestParam(name = "mode", required = false) String mode) {
        return query.isBlank() ? List.of() : comparison.of(query.strip(), SearchMode.of(mode));
    }

    @GetMapping("/api/topics/{slug}/compare")
    List<SpeakerComparison.Column> topic(@PathVariable String slug) {
        return comparison.onTopic(slug);
    }
}
