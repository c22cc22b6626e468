package org.interviewarchive.admin;

import org.interviewarchive.interview.InterviewService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The admin's start page, listing every interview with what can be done to it, and the sign-in page. */
@Controller
class AdminController {

    private final InterviewService interviews;

    AdminController(InterviewService interviews) {
        this.interviews = interviews;
    }

    @GetMapping("/admin")
    String home(Model model) {
        model.addAttribute("interviews", interviews.views());
        return "admin/index";
    }

    @GetMapping("/admin/login")
    String login() {
        return "admin/login";
    }
}
