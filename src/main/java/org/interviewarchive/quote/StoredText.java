package org.interviewarchive.quote;

/** A stored quote's id and text, read before its interview is replaced. */
public record StoredText(String publicId, String text) {
}
