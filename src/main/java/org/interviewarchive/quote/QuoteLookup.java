package org.interviewarchive.quote;

/**
 * What a public id answers: the quote, the id it moved to when its text changed, the fact that its interview was
 * deleted, or nothing.
 */
public sealed interface QuoteLookup {

    record Found(QuoteInContext quote) implements QuoteLookup {
    }

    record Moved(String newId) implements QuoteLookup {
    }

    record Retired() implements QuoteLookup {
    }

    record Missing() implements QuoteLookup {
    }
}
