package org.interviewarchive.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.interviewarchive.archive.ArchiveRevision;
import org.interviewarchive.archive.IngestFinished;
import org.interviewarchive.archive.InterviewStored;
import org.interviewarchive.config.ArchiveProperties;
import org.interviewarchive.ingest.parse.ParseContext;
import org.interviewarchive.ingest.parse.Passage;
import org.interviewarchive.ingest.parse.Transcript;
import org.interviewarchive.ingest.parse.TranscriptParser;
import org.interviewarchive.ingest.parse.UnparseableTranscriptException;
import org.interviewarchive.interview.Interview;
import org.interviewarchive.interview.InterviewService;
import org.interviewarchive.interview.InterviewView;
import org.interviewarchive.interview.StoredFile;
import org.interviewarchive.quote.QuoteService;
import org.interviewarchive.quote.QuoteView;
import org.interviewarchive.quote.StoredText;
import org.interviewarchive.speaker.Speaker;
import org.interviewarchive.speaker.SpeakerService;
import org.interviewarchive.text.Slugs;
import org.interviewarchive.text.TextSignature;
import org.interviewarchive.topic.GlossaryEntry;
import org.interviewarchive.topic.TopicService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ingest pipeline: read and decode a file, detect its layout, parse it into a plain transcript, resolve its
 * speakers, and store it in one transaction. A file that fails at any step is refused with the reason, and the archive
 * keeps what it had.
 */
@Service
public class IngestService {

    private static final Logger log = LoggerFactory.getLogger(IngestService.class);
    /** What a person is told of a fault of the archive's own; the log has its details. */
    /** The share of shingles a new file must have in common with a stored interview to be taken for a copy of it. */
    private static final double NEAR_COPY = 0.9;
    private static final String INTERNAL_ERROR = "the archive failed on it by an internal error (the log has the details)";

    private final TranscriptReading reading;
    private final SpeakerService speakers;
    private final InterviewService interviews;
    private final QuoteService quotes;
    private final TopicService topics;
    private final ArchiveRevision revision;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final ArchiveProperties properties;
    private final Uploads uploads;

    IngestService(TranscriptReading reading, SpeakerService speakers, InterviewService interviews, QuoteService quotes,
            TopicService topics, ArchiveRevision revision, ApplicationEventPublisher events,
            TransactionTemplate transaction, ArchiveProperties properties, Uploads uploads) {
        this.reading = reading;
        this.speakers = speakers;
        this.interviews = interviews;
        this.quotes = quotes;
        this.topics = topics;
        this.revision = revision;
        this.events = events;
        this.transaction = transaction;
        this.properties = properties;
        this.uploads = uploads;
    }

    /**
     * Ingests files, and the transcripts in folders, one transaction per file; one report line per file. Asked for
     * by name, a file whose interview an admin deleted is ingested again.
     */
    public List<IngestResult> ingest(List<Path> paths) {
        return ingest(paths, IngestProgress.NONE);
    }

    /**
     * As {@link #ingest(List)}, telling {@code progress} how many files there are and each one's result as soon as it
     * is known: a stored file's transaction has committed by then.
     */
    public List<IngestResult> ingest(List<Path> paths, IngestProgress progress) {
        return ingest(paths, Deleted.RESTORE, progress);
    }

    /** The ingest at start: as {@link #ingest}, except that interviews an admin deleted stay deleted. */
    List<IngestResult> ingestAtStartup(List<Path> paths, IngestProgress progress) {
        return ingest(paths, Deleted.KEEP, progress);
    }

    /**
     * Ingests a file uploaded on the admin pages, with the metadata given beside it as its sidecar. The file and
     * its sidecar are kept in the uploads folder under the data directory, where ingesting them again from the
     * command line finds them unchanged.
     */
    public IngestResult ingestUpload(String fileName, byte[] bytes, UploadMetadata metadata) {
        Path file;
        try {
            file = uploads.pathFor(fileName);
        } catch (RefusedFileException e) {
            String shown = fileName.isBlank() ? "(no name)" : fileName.replaceAll("\\p{Cntrl}", "?");
            return report(new IngestResult.Refused(Path.of(shown), e.getMessage()));
        }
        byte[] sidecarBytes = Sidecar.bytesOf(withKeptMapping(file, metadata));
        IngestResult result;
        try {
            result = ingestBytes(file, bytes, sidecarBytes, null, batch(Deleted.RESTORE));
        } finally {
            events.publishEvent(new IngestFinished());
        }
        if (result instanceof IngestResult.Stored || result instanceof IngestResult.Unchanged) {
            uploads.keep(file, bytes, sidecarBytes);
        }
        return report(result);
    }

    /**
     * What the ingest would make of files and the transcripts in folders, one preview per file; nothing is stored.
     */
    public List<TranscriptPreview> preview(List<Path> paths) {
        Batch batch = previewBatch();
        List<TranscriptPreview> previews = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isRegularFile(path)) {
                previews.add(previewFile(path, batch));
            } else if (Files.isDirectory(path)) {
                try (Stream<Path> listing = Files.list(path)) {
                    listing.filter(Files::isRegularFile).filter(TranscriptFiles::isTranscript).sorted()
                            .forEach(file -> previews.add(previewFile(file, batch)));
                } catch (IOException e) {
                    previews.add(TranscriptPreview.refused(path, unreadable("the folder", e)));
                }
            } else {
                previews.add(TranscriptPreview.refused(path, "there is no such file or folder"));
            }
        }
        return previews;
    }

    /**
     * What the ingest would make of an upload with the metadata given beside it, and the mapping of labels to people
     * an earlier upload of the same name left; nothing is stored.
     */
    public TranscriptPreview previewUpload(String fileName, byte[] bytes, UploadMetadata metadata) {
        try {
            Path file = uploads.pathFor(fileName);
            return previewBytes(file, bytes, Sidecar.bytesOf(withKeptMapping(file, metadata)), previewBatch());
        } catch (RefusedFileException e) {
            return TranscriptPreview.refused(Path.of(fileName.isBlank() ? "(no name)"
                    : fileName.replaceAll("\\p{Cntrl}", "?")), e.getMessage());
        }
    }

    /** Keeps uploaded files for a preview; see {@link #staged}. */
    public String stage(List<StagedUpload> files) {
        return uploads.stage(files);
    }

    /** The files a preview kept under its token. */
    public List<StagedUpload> staged(String token) {
        return uploads.staged(token);
    }

    /** Forgets the files a preview kept. */
    public void discardStaged(String token) {
        uploads.discard(token);
    }

    /** Without a mapping of labels to people given, the one the last upload of this file was imported with. */
    private UploadMetadata withKeptMapping(Path file, UploadMetadata metadata) {
        Sidecar kept = Sidecar.parse(file, uploads.keptSidecar(file));
        return metadata.orMapping(kept.speakers(), kept.roles());
    }

    /** A batch for previews: the registry's names as they are, nothing synced into the database. */
    private Batch previewBatch() {
        return new Batch("", speakers.registryNames(), Deleted.RESTORE);
    }

    private TranscriptPreview previewFile(Path file, Batch batch) {
        try {
            if (Files.size(file) > properties.ingest().maxFileSize().toBytes()) {
                return TranscriptPreview.refused(file, "it is larger than the limit of "
                        + properties.ingest().maxFileSize());
            }
            return previewBytes(file, Files.readAllBytes(file), Sidecar.bytesFor(file), batch);
        } catch (IOException e) {
            return TranscriptPreview.refused(file, unreadable("it", e));
        }
    }

    private TranscriptPreview previewBytes(Path file, byte[] bytes, byte[] sidecarBytes, Batch batch) {
        try {
            Sidecar sidecar = Sidecar.parse(file, sidecarBytes);
            Transcript transcript = reading.read(file.getFileName().toString(), bytes,
                    context(batch.knownNames(), sidecar)).transcript();
            return TranscriptPreview.of(file, transcript, label -> Optional.ofNullable(sidecar.speakers().get(label))
                    .or(() -> speakers.findByAnyName(label).map(Speaker::getName))
                    .orElse(null));
        } catch (RefusedFileException | UnparseableTranscriptException e) {
            return TranscriptPreview.refused(file, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            log.error("Previewing {} failed", file, e);
            return TranscriptPreview.refused(file, INTERNAL_ERROR);
        }
    }

    /** Whether a file whose interview an admin deleted is ingested again, or left out. */
    private enum Deleted {
        RESTORE,
        KEEP
    }

    /**
     * What every file of one ingest shares: the registry's fingerprint (part of each file's, so that an edited
     * registry parses every file again) and the names it knows.
     */
    private record Batch(String registry, Set<String> knownNames, Deleted deleted) {
    }

    private Batch batch(Deleted deleted) {
        String registry = speakers.syncRegistry();
        return new Batch(registry, speakers.registryNames(), deleted);
    }

    private List<IngestResult> ingest(List<Path> paths, Deleted deleted, IngestProgress progress) {
        Batch batch = batch(deleted);
        List<Work> work = new ArrayList<>();
        for (Path path : paths) {
            workOf(path, work);
        }
        progress.begin(work.size());
        StoredFiles stored = StoredFiles.forIngestOf(work.size(), interviews);
        List<IngestResult> results = new ArrayList<>();
        try {
            for (Work item : work) {
                IngestResult result = report(item.refused() != null ? item.refused()
                        : ingestFile(item.file(), batch, stored));
                results.add(result);
                progress.ingested(results.size(), work.size(), result);
            }
        } finally {
            events.publishEvent(new IngestFinished());
        }
        return results;
    }

    /** A file to ingest, or a path refused before any file in it is read. */
    private record Work(Path file, IngestResult refused) {
    }

    private IngestResult report(IngestResult result) {
        if (result instanceof IngestResult.Refused || result instanceof IngestResult.Failed) {
            log.warn(result.line());
        } else {
            log.info(result.line());
        }
        return result;
    }

    /** A file, or a folder's transcripts in name order, as work; a path that cannot be listed as refused. */
    private static void workOf(Path path, List<Work> work) {
        if (Files.isRegularFile(path)) {
            work.add(new Work(path, null));
        } else if (!Files.isDirectory(path)) {
            work.add(new Work(path, new IngestResult.Refused(path, "there is no such file or folder")));
        } else {
            try (Stream<Path> listing = Files.list(path)) {
                listing.filter(Files::isRegularFile).filter(TranscriptFiles::isTranscript).sorted()
                        .forEach(file -> work.add(new Work(file, null)));
            } catch (IOException e) {
                work.add(new Work(path, new IngestResult.Refused(path, unreadable("the folder", e))));
            }
        }
    }

    /**
     * Reads a file only when it may have changed: one whose stamp is the stored one is taken as unchanged, and one
     * whose interview an admin deleted is left out by the ingest at start, both without opening it.
     */
    private IngestResult ingestFile(Path file, Batch batch, StoredFiles storedFiles) {
        String sourceFile = file.getFileName().toString();
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.size() > properties.ingest().maxFileSize().toBytes()) {
                return tooLarge(file);
            }
            String stamp = stamp(file, attributes, batch.registry());
            Optional<StoredFile> stored = storedFiles.of(sourceFile);
            if (stored.isPresent() && stamp.equals(stored.get().fileStamp())
                    && stored.get().ingestVersion() == IngestVersion.CURRENT) {
                return new IngestResult.Unchanged(file, stored.get().slug());
            }
            if (stored.isEmpty() && batch.deleted() == Deleted.KEEP) {
                Optional<String> deleted = interviews.deletedFrom(sourceFile);
                if (deleted.isPresent()) {
                    return new IngestResult.Skipped(file, deleted.get());
                }
            }
            return ingestBytes(file, Files.readAllBytes(file), Sidecar.bytesFor(file), stamp, batch);
        } catch (RefusedFileException e) {
            return new IngestResult.Refused(file, e.getMessage());
        } catch (IOException e) {
            return new IngestResult.Refused(file, unreadable("it", e));
        } catch (RuntimeException e) {
            return failed(file, e);
        }
    }

    /**
     * The pipeline itself, whichever way the bytes came: decode, detect, parse, resolve, store.
     *
     * @param stamp the file's {@link #stamp}, taken before its bytes were read; null for an upload
     */
    private IngestResult ingestBytes(Path file, byte[] bytes, byte[] sidecarBytes, String stamp, Batch batch) {
        String sourceFile = file.getFileName().toString();
        try {
            if (bytes.length > properties.ingest().maxFileSize().toBytes()) {
                return tooLarge(file);
            }
            String fingerprint = fingerprint(bytes, sidecarBytes, batch.registry().getBytes(StandardCharsets.UTF_8));
            Optional<StoredFile> existing = interviews.storedFile(sourceFile);
            if (existing.isPresent() && existing.get().contentHash().equals(fingerprint)
                    && existing.get().ingestVersion() == IngestVersion.CURRENT) {
                if (stamp != null && !stamp.equals(existing.get().fileStamp())) {
                    // Touched or copied, not changed: the next ingest knows it by its stamp again.
                    interviews.restamp(sourceFile, stamp);
                }
                return new IngestResult.Unchanged(file, existing.get().slug());
            }
            Sidecar sidecar = Sidecar.parse(file, sidecarBytes);
            TranscriptReading.Read read = reading.read(sourceFile, bytes, context(batch.knownNames(), sidecar));
            Transcript transcript = read.transcript();
            if (transcript.passages().isEmpty()) {
                return new IngestResult.Refused(file, "it looks like " + describe(read.parser())
                        + " but has no quotes in it");
            }
            TextSignature signature = TextSignature.of(transcript.passages().stream().map(Passage::text)
                    .collect(Collectors.joining("\n")));
            if (existing.isEmpty()) {
                Optional<String> original = interviews.copyOf(signature, sourceFile, NEAR_COPY);
                if (original.isPresent()) {
                    return new IngestResult.Duplicate(file, original.get());
                }
            }
            return transaction.execute(status -> store(file, transcript, sidecar, fingerprint, stamp, signature));
        } catch (RefusedFileException | UnparseableTranscriptException e) {
            return new IngestResult.Refused(file, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return failed(file, e);
        }
    }

    /** A fault of the archive's, not of the file: logged with its details, reported in words. */
    private static IngestResult failed(Path file, Throwable e) {
        log.error("Ingesting {} failed", file, e);
        return new IngestResult.Failed(file, INTERNAL_ERROR + "; nothing of it was stored");
    }

    /** Why a file or folder cannot be read, in words rather than the exception's text. */
    private static String unreadable(String what, IOException e) {
        return what + " cannot be read" + (e instanceof AccessDeniedException ? " (no permission)" : "");
    }

    private IngestResult tooLarge(Path file) {
        return new IngestResult.Refused(file, "it is larger than the limit of " + properties.ingest().maxFileSize());
    }

    private IngestResult store(Path file, Transcript transcript, Sidecar sidecar, String fingerprint, String stamp,
            TextSignature signature) {
        String sourceFile = file.getFileName().toString();
        Optional<Interview> existing = interviews.findBySourceFile(sourceFile);
        List<StoredText> previous = existing.map(quotes::remove).orElse(List.of());
        String slug = existing.map(Interview::getSlug).orElseGet(() -> newSlug(sidecar, transcript, sourceFile));
        TranscriptResolver.Resolved resolved = TranscriptResolver.resolve(transcript, sidecar, speakers.directory(),
                new TranscriptResolver.FileFacts(slug, sourceFile, fingerprint, stamp));
        long stored = revision.bump();
        Interview interview = interviews.store(resolved.interview(), stored);
        interviews.keepSignature(interview, signature);
        List<QuoteView> added = quotes.add(interview, resolved.quotes(), previous);
        topics.replaceGlossary(interview, transcript.glossary().stream()
                .map(term -> new GlossaryEntry(term.term(), term.aliases(), term.explanation()))
                .toList());
        events.publishEvent(new InterviewStored(InterviewView.of(interview), added, stored));
        return new IngestResult.Stored(file, slug, resolved.quotes().size(),
                resolved.quotes().stream().anyMatch(quote -> quote.speaker() != null));
    }

    /** The sidecar's slug, or the date and a few words of the title; never one another file has. */
    private String newSlug(Sidecar sidecar, Transcript transcript, String sourceFile) {
        if (sidecar.slug() != null) {
            if (interviews.slugTaken(sidecar.slug())) {
                throw new RefusedFileException("its slug " + sidecar.slug() + " is taken by another interview");
            }
            return sidecar.slug();
        }
        String title = Optional.ofNullable(transcript.metadata().title()).orElse(sourceFile);
        String date = Optional.ofNullable(sidecar.date()).or(() -> Optional.ofNullable(transcript.metadata().date()))
                .map(Object::toString).orElse("");
        return Slugs.unique(Slugs.of((date + " " + title).strip(), 60), "interview", interviews::slugTaken);
    }

    private static ParseContext context(Set<String> knownNames, Sidecar sidecar) {
        Set<String> names = new HashSet<>(knownNames);
        names.addAll(sidecar.speakers().keySet());
        names.addAll(sidecar.speakers().values());
        return new ParseContext(names);
    }

    private static String describe(TranscriptParser parser) {
        return "a transcript of the " + parser.layout().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " layout";
    }

    /**
     * What a file, its sidecar and the registry look like from outside: the file's path, size and modification time,
     * its sidecar's or that it has none, and the registry's fingerprint, read without opening a file. The ingest
     * trusts an equal stamp as rsync and make do: a file rewritten to the same size with its old modification time
     * put back is taken as unchanged.
     */
    private static String stamp(Path file, BasicFileAttributes attributes, String registry) throws IOException {
        Path sidecarPath = Sidecar.pathFor(file);
        String sidecar = Files.isRegularFile(sidecarPath)
                ? outside(Files.readAttributes(sidecarPath, BasicFileAttributes.class)) : "none";
        return fingerprint(file.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8),
                outside(attributes).getBytes(StandardCharsets.UTF_8), sidecar.getBytes(StandardCharsets.UTF_8),
                registry.getBytes(StandardCharsets.UTF_8));
    }

    private static String outside(BasicFileAttributes attributes) {
        return attributes.size() + " " + attributes.lastModifiedTime().toInstant();
    }

    /** The file, its sidecar and the registry together: a change to any of them means parsing again. */
    private static String fingerprint(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(Integer.toString(part.length).getBytes());
                digest.update(part);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
