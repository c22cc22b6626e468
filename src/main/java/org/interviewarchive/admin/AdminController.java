package org.interviewarchive.admin;

import org.interviewarchive.interview.InterviewService;
import org.interviewarchive.search.SearchIndexer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's start page, listing every interview with what can be done to it, and the sign-in page. */
@Controller
class AdminController {

    private final InterviewService interviews;
    private final SearchIndexer indexer;

    AdminController(InterviewService interviews, SearchIndexer indexer) {
        this.interviews = interviews;
        this.indexer = indexer;
    }

    /** Rebuilds the search index from the database; searches keep answering from the old index meanwhile. */
    @PostMapping("/admin/index/rebuild")
    String rebuildIndex(RedirectAttributes redirect) {
        indexer.rebuild();
        redirect.addFlashAttribute("rebuilt", true);
        return "redirect:/admin";
    }

    @GetMapping("/admin")
    String home(Model model) {
        model.addAttribute("interviews", interviews.views());
        model.addAttribute("counts", indexer.counts());
        return "admin/index";
    }

    @GetMapping("/admin/login")
    String login() {
        return "admin/login";
    }
}
