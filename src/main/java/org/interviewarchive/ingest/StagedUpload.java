package org.interviewarchive.ingest;

/** A file uploaded for a preview, kept until the admin imports it. */
public record StagedUpload(String name, byte[] bytes) {
}
