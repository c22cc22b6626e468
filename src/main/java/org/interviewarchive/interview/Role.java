package org.interviewarchive.interview;

/** A speaker's part in one interview. */
public enum Role {
    HOST,
    GUEST,
    NARRATOR
}
