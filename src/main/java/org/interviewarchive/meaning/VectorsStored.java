package org.interviewarchive.meaning;

/**
 * Published when new vectors of an interview's quotes are in the database, so that the index can take them in.
 *
 * @param slug the interview
 */
public record VectorsStored(String slug) {
}
