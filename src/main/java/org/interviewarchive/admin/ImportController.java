package org.interviewarchive.admin;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.interviewarchive.ingest.IngestService;
import org.interviewarchive.ingest.TranscriptFiles;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Importing transcripts by upload: each file goes through the same ingest as the command line, with the page's
 * metadata as its sidecar, and the page shows the same report lines. A file over the ingest's size limit is refused
 * there like any other; an upload over the servlet's limits gets {@link TooLargeUploadPage}.
 */
@Controller
@RequestMapping(ImportController.PATH)
class ImportController {

    static final String PATH = "/admin/import";
    static final String VIEW = "admin/import";

    private final IngestService ingest;
    private final UploadLimits limits;

    ImportController(IngestService ingest, UploadLimits limits) {
        this.ingest = ingest;
        this.limits = limits;
    }

    @ModelAttribute("limits")
    String limits() {
        return limits.describe();
    }

    /** The file chooser offers the transcript files the ingest takes. */
    @ModelAttribute("accept")
    String accept() {
        return TranscriptFiles.accept();
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", ImportForm.empty());
        return VIEW;
    }

    @PostMapping
    String upload(@RequestParam(name = "files", required = false) List<MultipartFile> files,
            @ModelAttribute("form") ImportForm form, Model model) throws IOException {
        List<MultipartFile> chosen = files == null ? List.of()
                : files.stream().filter(file -> file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank())
                        .toList();
        List<String> problems = new ArrayList<>(form.problems());
        if (chosen.isEmpty()) {
            problems.addFirst("Choose at least one transcript file.");
        }
        if (!problems.isEmpty()) {
            model.addAttribute("problems", problems);
            return VIEW;
        }
        List<ImportLine> report = new ArrayList<>();
        for (MultipartFile file : chosen) {
            report.add(ImportLine.of(ingest.ingestUpload(file.getOriginalFilename(), file.getBytes(), form.metadata())));
        }
        model.addAttribute("report", report);
        model.addAttribute("form", ImportForm.empty());
        return VIEW;
    }
}
