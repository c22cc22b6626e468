package org.interviewarchive.reading.starting;

import jakarta.servlet.http.HttpServletResponse;
import org.interviewarchive.archive.StartupImport;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/** The page every page is while the server starts: how many transcripts of how many are imported. */
@Controller
class StartingPageController {

    private final ApplicationAvailability availability;
    private final StartupImport startupImport;

    StartingPageController(ApplicationAvailability availability, StartupImport startupImport) {
        this.availability = availability;
        this.startupImport = startupImport;
    }

    @RequestMapping(StartupGate.PAGE)
    String starting(Model model, HttpServletResponse response) {
        if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
            return "redirect:/";
        }
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        model.addAttribute("done", startupImport.done());
        model.addAttribute("total", startupImport.total());
        model.addAttribute("refreshSeconds", StartupGate.RETRY_AFTER_SECONDS);
        return "starting";
    }
}
