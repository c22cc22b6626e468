package org.interviewarchive.admin;

import org.interviewarchive.ingest.IngestResult;

/**
 * One line of an import's report, as the command line prints it, with the interview to link to when there is one.
 *
 * @param outcome {@code OK}, {@code UNCHANGED}, {@code SKIPPED}, {@code DUPLICATE}, {@code REFUSED} or {@code FAILED}
 * @param slug    the interview the file is in, or null when it was refused
 */
record ImportLine(String outcome, String line, String slug) {

    static ImportLine of(IngestResult result) {
        return switch (result) {
            case IngestResult.Stored stored -> new ImportLine("OK", result.line(), stored.slug());
            case IngestResult.Unchanged unchanged -> new ImportLine("UNCHANGED", result.line(), unchanged.slug());
            case IngestResult.Skipped skipped -> new ImportLine("SKIPPED", result.line(), null);
            case IngestResult.Refused refused -> new ImportLine("REFUSED", result.line(), null);
            case IngestResult.Duplicate duplicate -> new ImportLine("DUPLICATE", result.line(), duplicate.slug());
            case IngestResult.Failed failed -> new ImportLine("FAILED", result.line(), null);
        };
    }
}
