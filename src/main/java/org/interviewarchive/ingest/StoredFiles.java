package org.interviewarchive.ingest;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.interviewarchive.interview.InterviewService;
import org.interviewarchive.interview.StoredFile;

/**
 * What the database holds for each source file, for one ingest: for many files, read in one query when it begins, not
 * one per file, so that a start over thousands of unchanged files takes a moment; for one file, looked up alone. A
 * file name met again in the same ingest (two folders may hold files of one name) is looked up afresh, since the first
 * may just have been stored.
 */
final class StoredFiles {

    /** Null when each file is looked up alone. */
    private final Map<String, StoredFile> atStart;
    private final InterviewService interviews;
    private final Set<String> met = new HashSet<>();

    private StoredFiles(Map<String, StoredFile> atStart, InterviewService interviews) {
        this.atStart = atStart;
        this.interviews = interviews;
    }

    static StoredFiles forIngestOf(int files, InterviewService interviews) {
        return new StoredFiles(files < 2 ? null : interviews.storedFiles().stream()
                .collect(Collectors.toMap(StoredFile::sourceFile, Function.identity())), interviews);
    }

    Optional<StoredFile> of(String sourceFile) {
        return atStart != null && met.add(sourceFile) ? Optional.ofNullable(atStart.get(sourceFile))
                : interviews.storedFile(sourceFile);
    }
}
