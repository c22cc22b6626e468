package org.interviewarchive.admin;

import org.interviewarchive.ingest.InterviewDeletion;
import org.interviewarchive.interview.InterviewService;
import org.interviewarchive.interview.InterviewView;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Deleting an interview: a page that asks for confirmation, then the deletion itself. */
@Controller
class DeletionController {

    private final InterviewService interviews;
    private final InterviewDeletion deletion;

    DeletionController(InterviewService interviews, InterviewDeletion deletion) {
        this.interviews = interviews;
        this.deletion = deletion;
    }

    @GetMapping("/admin/interviews/{slug}/delete")
    String confirm(@PathVariable String slug, Model model) {
        model.addAttribute("interview", find(slug));
        return "admin/delete";
    }

    @PostMapping("/admin/interviews/{slug}/delete")
    String delete(@PathVariable String slug, RedirectAttributes redirect) {
        InterviewDeletion.Deleted deleted = deletion.delete(slug).orElseThrow(() -> noSuchInterview(slug));
        redirect.addFlashAttribute("deleted", deleted);
        return "redirect:/admin";
    }

    private InterviewView find(String slug) {
        return interviews.view(slug).orElseThrow(() -> noSuchInterview(slug));
    }

    private static ResponseStatusException noSuchInterview(String slug) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No interview has the slug " + slug);
    }
}
