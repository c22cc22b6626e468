package org.interviewarchive.interview;

import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.interviewarchive.text.TextSignature;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Interviews: stored by the ingest, deleted by an admin, read by everyone. */
@Service
public class InterviewService {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("publishedOn").nullsLast(), Sort.Order.asc("title"),
            Sort.Order.asc("id"));

    private final InterviewRepository repository;
    private final ParticipationRepository participations;
    private final DeletedInterviewRepository deleted;
    private final InterviewTextRepository texts;
    private final Clock clock;

    InterviewService(InterviewRepository repository, ParticipationRepository participations,
            DeletedInterviewRepository deleted, InterviewTextRepository texts, Clock clock) {
        this.repository = repository;
        this.participations = participations;
        this.deleted = deleted;
        this.texts = texts;
        this.clock = clock;
    }

    /** The slugs of everyone who takes part in an interview, by name: the speaker list, without reading speakers. */
    @Transactional(readOnly = true)
    public List<String> speakerSlugsByName() {
        return participations.findSpeakerSlugsByName();
    }

    /**
     * These speakers, in the order given, each with where they appear, newest interview first (undated last), read in
     * one query however many they are; a speaker who appears nowhere is left out.
     */
    @Transactional(readOnly = true)
    public List<SpeakerAppearances> appearancesOf(List<String> speakerSlugs) {
        if (speakerSlugs.isEmpty()) {
            return List.of();
        }
        Map<String, List<Participation>> bySpeaker = participations.findBySpeakerSlugs(speakerSlugs).stream()
                .collect(Collectors.groupingBy(p -> p.getSpeaker().getSlug()));
        return speakerSlugs.stream().filter(bySpeaker::containsKey).map(slug -> {
            List<Participation> parts = bySpeaker.get(slug);
            return new SpeakerAppearances(parts.getFirst().getSpeaker(), parts.stream()
                    .sorted(Comparator.comparing((Participation p) -> p.getInterview().getPublishedOn(),
                                    Comparator.nullsLast(Comparator.reverseOrder()))
                            .thenComparing(p -> p.getInterview().getId()))
                    .map(p -> new SpeakerAppearance(InterviewRef.of(p.getInterview()), p.getRole(), p.getTurns(),
                            p.getQuotes()))
                    .toList());
        }).toList();
    }

    /** Every speaker page's slug with when the latest of their interviews was stored, by name. */
    @Transactional(readOnly = true)
    public List<Stamped> speakerStamps() {
        return participations.findSpeakerStamps();
    }

    @Transactional(readOnly = true)
    public Optional<Interview> findBySlug(String slug) {
        return repository.findBySlug(slug);
    }

    @Transactional(readOnly = true)
    public Optional<Interview> findBySourceFile(String sourceFile) {
        return repository.findBySourceFile(sourceFile);
    }

    /** What the ingest needs to tell whether a source file changed, without loading its interview. */
    @Transactional(readOnly = true)
    public Optional<StoredFile> storedFile(String sourceFile) {
        return repository.findStoredFile(sourceFile);
    }

    /** {@link #storedFile} of every interview, in one query: a row per interview, no quotes. */
    @Transactional(readOnly = true)
    public List<StoredFile> storedFiles() {
        return repository.findStoredFiles();
    }

    /**
     * Gives a stored interview's file a new stamp: its content was found unchanged, so the interview itself, its
     * revision and when it was stored stay as they are.
     */
    @Transactional
    public void restamp(String sourceFile, String fileStamp) {
        repository.updateFileStamp(sourceFile, fileStamp);
    }

    /** The slugs of the interviews stored after an archive revision, and of every interview. */
    @Transactional(readOnly = true)
    public Changes changesSince(long revision) {
        List<Interview> all = repository.findAll();
        return new Changes(
                all.stream().filter(interview -> interview.getRevision() > revision).map(Interview::getSlug).toList(),
                all.stream().map(Interview::getSlug).collect(Collectors.toUnmodifiableSet()));
    }

    /**
     * @param stored the interviews stored since the revision
     * @param all    every interview there is
     */
    public record Changes(List<String> stored, Set<String> all) {
    }

    @Transactional(readOnly = true)
    public boolean slugTaken(String slug) {
        return repository.existsBySlug(slug);
    }

    /** Every interview, newest first, undated ones last. */
    @Transactional(readOnly = true)
    public List<InterviewView> views() {
        return repository.findAll().stream()
                .sorted(Comparator.comparing(Interview::getPublishedOn, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(Interview::getTitle))
                .map(InterviewView::of)
                .toList();
    }

    /** One page of {@link #views()}, from 1, read from the database a page at a time. */
    @Transactional(readOnly = true)
    public Page<InterviewView> views(int page, int size) {
        return repository.findAll(PageRequest.of(page - 1, size, NEWEST_FIRST)).map(InterviewView::of);
    }

    /** The interviews last stored, at most {@code limit}, the latest first: what a feed announces. */
    @Transactional(readOnly = true)
    public List<StoredInterview> lastStored(int limit) {
        return stored(repository.findAllByOrderByIngestedAtDescSlugAsc(Limit.of(limit)));
    }

    /** Of these interviews, the ones last stored, at most {@code limit}, the latest first. */
    @Transactional(readOnly = true)
    public List<StoredInterview> lastStored(Collection<String> slugs, int limit) {
        return slugs.isEmpty() ? List.of()
                : stored(repository.findBySlugInOrderByIngestedAtDescSlugAsc(slugs, Limit.of(limit)));
    }

    private static List<StoredInterview> stored(List<Interview> interviews) {
        return interviews.stream()
                .map(interview -> new StoredInterview(InterviewView.of(interview), interview.getIngestedAt()))
                .toList();
    }

    /** Every interview's slug with when it was last stored, the latest first: what the sitemap says of them. */
    @Transactional(readOnly = true)
    public List<Stamped> stamps() {
        return repository.findStamps();
    }

    /** The title of every section of every interview, each once. */
    @Transactional(readOnly = true)
    public List<String> sectionTitles() {
        return repository.findSectionTitles();
    }

    @Transactional(readOnly = true)
    public Optional<InterviewView> view(String slug) {
        return repository.findBySlug(slug).map(InterviewView::of);
    }

    /** The archive revision at which the interview was last stored: what is read from its quotes stays good till then. */
    @Transactional(readOnly = true)
    public OptionalLong revisionOf(String slug) {
        return repository.revisionBySlug(slug).map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    /**
     * Stores a draft as a new interview, or over the existing one from the same source file, replacing its sections
     * and participants, as of an archive revision. Joins the caller's transaction: the ingest stores one file in one.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Interview store(InterviewDraft draft, long revision) {
        deleted.deleteById(draft.sourceFile());
        Interview interview = repository.findBySourceFile(draft.sourceFile())
                .orElseGet(() -> new Interview(draft.slug()));
        interview.fill(draft, revision, clock.instant());
        interview.clearParts();
        // Old sections and participants must be gone before new ones take their positions.
        Interview saved = repository.saveAndFlush(interview);
        saved.addParts(draft);
        return repository.saveAndFlush(saved);
    }

    /** Keeps the signature of a stored interview's text, for {@link #copyOf}. Joins the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void keepSignature(Interview interview, TextSignature signature) {
        texts.findById(interview.getId()).ifPresentOrElse(text -> text.update(signature),
                () -> texts.save(new InterviewText(interview.getId(), signature)));
    }

    /**
     * The slug of an interview from another source file whose text is the same as the signed one (letters and digits
     * equal) or nearly (at least {@code similarity} of their shingles shared), if there is one.
     */
    @Transactional(readOnly = true)
    public Optional<String> copyOf(TextSignature signature, String sourceFile, double similarity) {
        int slack = (int) (signature.length() * (1 - similarity));
        List<InterviewText> candidates = texts.findByTextHash(signature.hash());
        if (candidates.isEmpty()) {
            candidates = texts.findByTextLengthBetween(signature.length() - slack, signature.length() + slack)
                    .stream().filter(text -> text.signature().similarity(signature) >= similarity).toList();
        }
        return candidates.stream()
                .flatMap(text -> repository.findById(text.interviewId()).stream())
                .filter(interview -> !interview.getSourceFile().equals(sourceFile))
                .map(Interview::getSlug)
                .findFirst();
    }

    /** The slug of the interview an admin deleted from this source file, if one was and it has not come back. */
    @Transactional(readOnly = true)
    public Optional<String> deletedFrom(String sourceFile) {
        return deleted.findById(sourceFile).map(DeletedInterview::slug);
    }

    /**
     * Deletes an interview with its sections and participants, and remembers its source file as deleted. Its quotes
     * must be gone already. Joins the caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void delete(Interview interview) {
        deleted.save(new DeletedInterview(interview.getSourceFile(), interview.getSlug(), clock.instant()));
        texts.deleteById(interview.getId());
        repository.delete(interview);
        repository.flush();
    }
}
