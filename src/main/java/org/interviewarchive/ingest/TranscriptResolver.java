package org.interviewarchive.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.interviewarchive.ingest.parse.Participant;
import org.interviewarchive.ingest.parse.Passage;
import org.interviewarchive.ingest.parse.SpeakerRoles;
import org.interviewarchive.ingest.parse.Transcript;
import org.interviewarchive.ingest.parse.TranscriptMetadata;
import org.interviewarchive.interview.Interview;
import org.interviewarchive.interview.InterviewDraft;
import org.interviewarchive.interview.Role;
import org.interviewarchive.quote.QuoteDraft;
import org.interviewarchive.quote.QuoteKind;
import org.interviewarchive.speaker.Speaker;
import org.interviewarchive.speaker.SpeakerDirectory;
import org.interviewarchive.speaker.SpeakerNames;

/**
 * Turns a parsed transcript into what is stored: labels become people (through the sidecar's label map, the
 * registry's aliases, and a role word such as {@code 主持人} standing for the interview's host), participants get
 * roles, sections and speakers get their counts.
 */
final class TranscriptResolver {

    record Resolved(InterviewDraft interview, List<QuoteDraft> quotes) {
    }

    /** Facts about the file, decided before parsing; see {@link IngestService} for the fingerprint and stamp. */
    record FileFacts(String slug, String sourceFile, String fingerprint, String stamp) {
    }

    private final Transcript transcript;
    private final Sidecar sidecar;
    private final SpeakerDirectory directory;
    private final Map<String, Speaker> byLabel = new HashMap<>();
    private final Map<Speaker, Role> rolesFromText = new HashMap<>();

    private TranscriptResolver(Transcript transcript, Sidecar sidecar, SpeakerDirectory directory) {
        this.transcript = transcript;
        this.sidecar = sidecar;
        this.directory = directory;
    }

    static Resolved resolve(Transcript transcript, Sidecar sidecar, SpeakerDirectory directory, FileFacts file) {
        return new TranscriptResolver(transcript, sidecar, directory).resolve(file);
    }

    private Resolved resolve(FileFacts file) {
        Set<Speaker> participants = new LinkedHashSet<>();
        for (Participant participant : transcript.participants()) {
            Speaker speaker = speakerFor(participant.name());
            if (speaker == null) {
                continue;
            }
            participants.add(speaker);
            if (participant.role() != null) {
                rolesFromText.putIfAbsent(speaker, role(participant.role()));
            }
        }
        List<QuoteDraft> quotes = new ArrayList<>();
        for (Passage passage : transcript.passages()) {
            Speaker speaker = passage.speaker() == null ? null : speakerFor(passage.speaker());
            if (speaker != null) {
                participants.add(speaker);
            }
            int pieces = LongPassages.pieces(passage.text(), passage.translation());
            List<String> texts = pieces == 1 ? List.of(passage.text().strip()) : LongPassages.cut(passage.text(), pieces);
            List<String> translations = passage.translation() == null || pieces == 1
                    ? Collections.singletonList(passage.translation())
                    : LongPassages.cut(passage.translation(), pieces);
            for (int i = 0; i < texts.size(); i++) {
                // A long passage's pieces keep its turn; only the first starts where the passage does.
                quotes.add(new QuoteDraft(speaker, passage.section(), passage.turn(),
                        kind(passage.kind()), texts.get(i), passage.lang(),
                        i < translations.size() ? translations.get(i) : null, passage.translationLang(),
                        spoken(passage), i == 0 ? passage.startSeconds() : null,
                        i == 0 ? passage.estimatedSeconds() : null));
            }
        }
        return new Resolved(interview(file, participants, quotes), quotes);
    }

    /** The language the passage was spoken in: the sidecar's word when it names one of its two languages. */
    private String spoken(Passage passage) {
        String stated = sidecar.spokenLanguage();
        if (stated != null && passage.translation() != null
                && (stated.equals(passage.lang()) || stated.equals(passage.translationLang()))) {
            return stated;
        }
        return passage.originalLang();
    }

    private InterviewDraft interview(FileFacts file, Set<Speaker> participants, List<QuoteDraft> quotes) {
        TranscriptMetadata text = transcript.metadata();
        List<InterviewDraft.ParticipantDraft> participantDrafts = participants.stream()
                .map(speaker -> new InterviewDraft.ParticipantDraft(speaker, roleOf(speaker, quotes),
                        (int) quotes.stream().filter(q -> q.speaker() == speaker).mapToInt(QuoteDraft::turn).distinct().count(),
                        (int) quotes.stream().filter(q -> q.speaker() == speaker).count()))
                .toList();
        List<InterviewDraft.SectionDraft> sections = new ArrayList<>();
        for (int i = 0; i < transcript.sections().size(); i++) {
            int index = i;
            sections.add(new InterviewDraft.SectionDraft(
                    fit(transcript.sections().get(i).title(), Interview.TITLE_LENGTH),
                    transcript.sections().get(i).startSeconds(),
                    (int) quotes.stream().filter(q -> q.section() == index).count()));
        }
        return new InterviewDraft(
                file.slug(),
                fit(first(sidecar.title(), text.title(), file.sourceFile()), Interview.TITLE_LENGTH),
                fit(first(sidecar.source(), text.source()), Interview.SOURCE_LENGTH),
                address(first(sidecar.sourceUrl(), text.sourceUrl())),
                address(first(sidecar.mediaUrl(), text.mediaUrl())),
                sidecar.date() != null ? sidecar.date() : text.date(),
                languages(quotes),
                fit(first(sidecar.summary(), text.summary()), Interview.SUMMARY_LENGTH),
                sidecar.durationSeconds() != null ? sidecar.durationSeconds() : text.durationSeconds(),
                file.sourceFile(),
                file.fingerprint(),
                file.stamp(),
                transcript.layout().name(),
                IngestVersion.CURRENT,
                quotes.size(),
                sections,
                participantDrafts);
    }

    /**
     * The person a label stands for: the sidecar's mapping; else, for a role word with a name ({@code 主持人Hannah
     * Fry}), the person named, who takes the role; for a bare role word ({@code 主持人}, {@code Q}), the person the
     * sidecar or the text gives that role; else the person of that name, made when new.
     */
    private Speaker speakerFor(String label) {
        String key = SpeakerNames.clean(label);
        if (key.isEmpty()) {
            return null;
        }
        Speaker known = byLabel.get(key);
        if (known != null) {
            return known;
        }
        Speaker speaker = mappedBySidecar(key).orElseGet(() -> SpeakerRoles.roleLabel(key)
                .map(roleLabel -> {
                    Role role = role(roleLabel.role());
                    Speaker named = roleLabel.name() != null ? speakerFor(roleLabel.name())
                            : withRole(role).orElseGet(() -> directory.findOrCreate(key));
                    rolesFromText.putIfAbsent(named, role);
                    return named;
                })
                .orElseGet(() -> directory.findOrCreate(key)));
        byLabel.put(key, speaker);
        return speaker;
    }

    private Optional<Speaker> mappedBySidecar(String label) {
        return Optional.ofNullable(sidecar.speakers().get(label)).map(directory::findOrCreate);
    }

    /** The person a bare role word stands for: whom the sidecar or the text names with that role. */
    private Optional<Speaker> withRole(Role role) {
        Optional<Speaker> fromSidecar = sidecar.roles().entrySet().stream()
                .filter(entry -> role.name().equalsIgnoreCase(entry.getValue()))
                .map(entry -> directory.findOrCreate(entry.getKey()))
                .findFirst();
        if (fromSidecar.isPresent()) {
            return fromSidecar;
        }
        return transcript.participants().stream()
                .filter(participant -> participant.role() != null && role(participant.role()) == role)
                .filter(participant -> SpeakerRoles.roleLabel(participant.name()).isEmpty())
                .map(participant -> speakerFor(participant.name()))
                .filter(Objects::nonNull)
                .findFirst();
    }

    private Role roleOf(Speaker speaker, List<QuoteDraft> quotes) {
        for (Map.Entry<String, String> entry : sidecar.roles().entrySet()) {
            if (directory.find(entry.getKey()).orElse(null) == speaker) {
                return Role.valueOf(entry.getValue().toUpperCase(Locale.ROOT));
            }
        }
        Role fromText = rolesFromText.get(speaker);
        if (fromText != null) {
            return fromText;
        }
        boolean narrates = quotes.stream().anyMatch(q -> q.speaker() == speaker)
                && quotes.stream().filter(q -> q.speaker() == speaker).allMatch(q -> q.kind() == QuoteKind.NARRATION);
        return narrates ? Role.NARRATOR : Role.GUEST;
    }

    private static List<String> languages(List<QuoteDraft> quotes) {
        Set<String> languages = new LinkedHashSet<>();
        quotes.forEach(q -> languages.add(q.lang()));
        quotes.stream().map(QuoteDraft::translationLang).filter(Objects::nonNull).forEach(languages::add);
        return List.copyOf(languages);
    }

    /** A text cut to what its column holds, the cut marked with an ellipsis. */
    private static String fit(String text, int length) {
        if (text == null || text.length() <= length) {
            return text;
        }
        int end = Character.isLowSurrogate(text.charAt(length - 1)) ? length - 2 : length - 1;
        return text.substring(0, end) + "…";
    }

    /** An address too long to store is no address: a cut one would lead elsewhere. */
    private static String address(String url) {
        return url == null || url.length() > Interview.URL_LENGTH ? null : url;
    }

    private static String first(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.strip();
            }
        }
        return null;
    }

    /** The parser's role as stored; the two enums are kept apart so that parsers stay plain Java. */
    static Role role(org.interviewarchive.ingest.parse.Role parsed) {
        return switch (parsed) {
            case HOST -> Role.HOST;
            case GUEST -> Role.GUEST;
            case NARRATOR -> Role.NARRATOR;
        };
    }

    /** The parser's kind of passage as stored. */
    static QuoteKind kind(org.interviewarchive.ingest.parse.QuoteKind parsed) {
        return switch (parsed) {
            case DIRECT -> QuoteKind.DIRECT;
            case REPORTED -> QuoteKind.REPORTED;
            case NARRATION -> QuoteKind.NARRATION;
            case SUMMARY -> QuoteKind.SUMMARY;
        };
    }
}
