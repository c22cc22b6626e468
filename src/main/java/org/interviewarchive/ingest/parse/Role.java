package org.interviewarchive.ingest.parse;

/** A participant's part in one interview. */
public enum Role {
    HOST,
    GUEST,
    NARRATOR
}
