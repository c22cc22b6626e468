package org.interviewarchive.admin;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.interviewarchive.ingest.IngestService;
import org.interviewarchive.ingest.StagedUpload;
import org.interviewarchive.ingest.TranscriptFiles;
import org.interviewarchive.speaker.Speaker;
import org.interviewarchive.speaker.SpeakerService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
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
    private static final String PREVIEW = "preview";
    /** Enough names to choose from in the form; more are typed. */
    private static final int KNOWN_SPEAKERS = 500;

    private final IngestService ingest;
    private final SpeakerService speakers;
    private final UploadLimits limits;

    ImportController(IngestService ingest, SpeakerService speakers, UploadLimits limits) {
        this.ingest = ingest;
        this.speakers = speakers;
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
            @RequestParam(name = "action", required = false) String action,
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
        if (PREVIEW.equals(action)) {
            List<StagedUpload> staged = new ArrayList<>();
            for (MultipartFile file : chosen) {
                staged.add(new StagedUpload(file.getOriginalFilename(), file.getBytes()));
            }
            return preview(staged, ingest.stage(staged), form, model);
        }
        List<ImportLine> report = new ArrayList<>();
        for (MultipartFile file : chosen) {
            report.add(ImportLine.of(ingest.ingestUpload(file.getOriginalFilename(), file.getBytes(), form.metadata())));
        }
        model.addAttribute("report", report);
        model.addAttribute("form", ImportForm.empty());
        return VIEW;
    }

    /**
     * Imports the files a preview kept, each label mapped to the person and role the admin chose; the mapping is kept
     * as the file's sidecar, so that importing the file again later maps its labels the same way.
     */
    @PostMapping("/confirm")
    String confirm(@RequestParam("token") String token, @ModelAttribute("form") ImportForm form,
            @RequestParam MultiValueMap<String, String> fields, Model model) {
        List<StagedUpload> staged = ingest.staged(token);
        if (staged.isEmpty()) {
            model.addAttribute("problems", List.of("The preview has expired: upload the files again."));
            return VIEW;
        }
        List<String> problems = form.problems();
        if (!problems.isEmpty()) {
            model.addAttribute("problems", problems);
            return preview(staged, token, form, model);
        }
        List<ImportLine> report = new ArrayList<>();
        for (int i = 0; i < staged.size(); i++) {
            LabelMapping mapping = LabelMapping.from(fields, i);
            report.add(ImportLine.of(ingest.ingestUpload(staged.get(i).name(), staged.get(i).bytes(),
                    form.metadata().withMapping(mapping.speakers(), mapping.roles()))));
        }
        ingest.discardStaged(token);
        model.addAttribute("report", report);
        model.addAttribute("form", ImportForm.empty());
        return VIEW;
    }

    private String preview(List<StagedUpload> staged, String token, ImportForm form, Model model) {
        List<ImportPreview> previews = new ArrayList<>();
        for (int i = 0; i < staged.size(); i++) {
            previews.add(ImportPreview.of(i, staged.get(i).name(), ingest.previewUpload(staged.get(i).name(),
                    staged.get(i).bytes(), form.metadata())));
        }
        model.addAttribute("previews", previews);
        model.addAttribute("token", token);
        model.addAttribute("form", form);
        model.addAttribute("roles", List.of("HOST", "GUEST", "NARRATOR"));
        model.addAttribute("knownSpeakers", speakers.all().stream().map(Speaker::getName).limit(KNOWN_SPEAKERS).toList());
        return VIEW;
    }
}
