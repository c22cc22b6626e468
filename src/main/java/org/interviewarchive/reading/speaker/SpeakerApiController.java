package org.interviewarchive.reading.speaker;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/speakers")
class SpeakerApiController {

    /** The speaker's own words under {@code interviews}; others' retellings and notes about them apart. */
    record SpeakerQuotes(SpeakerView speaker, List<InterviewQuotes> interviews, List<InterviewQuotes> retold,
                         List<InterviewQuotes> notes) {
    }

    private final SpeakerProfiles profiles;

    SpeakerApiController(SpeakerProfiles profiles) {
        this.profiles = profiles;
    }

    /** Everyone who takes part in at least one interview. */
    @GetMapping
    List<SpeakerView> all() {
        return profiles.all().stream().map(SpeakerProfile::speaker).toList();
    }

    @GetMapping("/{slug}")
    SpeakerQuotes one(@PathVariable String slug) {
        SpeakerProfile profile = profiles.one(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No speaker has the slug " + slug));
        SpeakerWords words = profiles.quotes(slug);
        return new SpeakerQuotes(profile.speaker(), words.interviews(), words.retold(), words.notes());
    }
}
