package org.interviewarchive.interview;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** One ingested transcript: its metadata, sections and participants. Its quotes belong to the quote feature. */
@Entity
@Table(name = "interview")
public class Interview {

    /** The longest title, source name, address and summary a column holds (V1); the ingest cuts to fit. */
    public static final int TITLE_LENGTH = 500;
    public static final int SOURCE_LENGTH = 300;
    public static final int URL_LENGTH = 2000;
    /** As long as a transcript makes it (V31); longer is cut, never refused with the interview. */
    public static final int SUMMARY_LENGTH = 1_000_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 160)
    private String slug;

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(length = SOURCE_LENGTH)
    private String source;

    @Column(name = "source_url", length = URL_LENGTH)
    private String sourceUrl;

    @Column(name = "media_url", length = URL_LENGTH)
    private String mediaUrl;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Column(nullable = false, length = 40)
    private String languages;

    @Column(length = SUMMARY_LENGTH)
    private String summary;

    @Column(name = "duration_seconds")
    private Integer durationSeconds;

    @Column(name = "source_file", nullable = false, unique = true, length = 500)
    private String sourceFile;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(name = "file_stamp", length = 64)
    private String fileStamp;

    @Column(nullable = false, length = 40)
    private String layout;

    @Column(name = "ingest_version", nullable = false)
    private int ingestVersion;

    @Column(name = "quote_count", nullable = false)
    private int quoteCount;

    @Column(name = "ingested_at", nullable = false)
    private Instant ingestedAt;

    @Column(nullable = false)
    private long revision;

    @OneToMany(mappedBy = "interview", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Section> sections = new ArrayList<>();

    @OneToMany(mappedBy = "interview", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Participation> participations = new ArrayList<>();

    protected Interview() {
    }

    Interview(String slug) {
        this.slug = slug;
    }

    /** Takes every field of a draft except the slug, which never changes once given. */
    void fill(InterviewDraft draft, long revision, Instant now) {
        this.revision = revision;
        title = draft.title();
        source = draft.source();
        sourceUrl = draft.sourceUrl();
        mediaUrl = draft.mediaUrl();
        publishedOn = draft.date();
        languages = String.join(",", draft.languages());
        summary = draft.summary();
        durationSeconds = draft.durationSeconds();
        sourceFile = draft.sourceFile();
        contentHash = draft.contentHash();
        fileStamp = draft.fileStamp();
        layout = draft.layout();
        ingestVersion = draft.ingestVersion();
        quoteCount = draft.quoteCount();
        ingestedAt = now;
    }

    void clearParts() {
        sections.clear();
        participations.clear();
    }

    void addParts(InterviewDraft draft) {
        for (int i = 0; i < draft.sections().size(); i++) {
            InterviewDraft.SectionDraft section = draft.sections().get(i);
            sections.add(new Section(this, i, section.title(), section.startSeconds(), section.quotes()));
        }
        for (int i = 0; i < draft.participants().size(); i++) {
            InterviewDraft.ParticipantDraft participant = draft.participants().get(i);
            participations.add(new Participation(this, participant.speaker(), i, participant.role(),
                    participant.turns(), participant.quotes()));
        }
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getSource() {
        return source;
    }

    public String getSourceUrl() {
        return sourceUrl;
    }

    public String getMediaUrl() {
        return mediaUrl;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public List<String> getLanguages() {
        return Arrays.asList(languages.split(","));
    }

    public String getSummary() {
        return summary;
    }

    public String getSourceFile() {
        return sourceFile;
    }

    public String getContentHash() {
        return contentHash;
    }

    public int getIngestVersion() {
        return ingestVersion;
    }

    public int getQuoteCount() {
        return quoteCount;
    }

    /** The archive revision at which it was last stored. */
    public long getRevision() {
        return revision;
    }

    /** When it was last stored: ingested first, or again after its file changed. */
    public Instant getIngestedAt() {
        return ingestedAt;
    }

    public List<Section> getSections() {
        return List.copyOf(sections);
    }

    public List<Participation> getParticipations() {
        return List.copyOf(participations);
    }
}
