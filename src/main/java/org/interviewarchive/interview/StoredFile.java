package org.interviewarchive.interview;

/**
 * What the ingest needs to know whether a file changed since its interview was stored, without loading the interview.
 *
 * @param sourceFile  the file's name, as the interview records it
 * @param fileStamp   the stamp of the file as it was stored, null when it has none yet
 * @param contentHash the fingerprint of the file's content as it was stored
 */
public record StoredFile(String sourceFile, String slug, String fileStamp, String contentHash, int ingestVersion) {
}
