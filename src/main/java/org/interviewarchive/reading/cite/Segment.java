package org.interviewarchive.reading.cite;

/** A run of a rendered citation; styles set titles and containers in italics. */
public record Segment(String text, boolean italic) {
}
