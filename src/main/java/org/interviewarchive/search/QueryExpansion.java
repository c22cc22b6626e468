package org.interviewarchive.search;

import java.util.List;

/**
 * Other ways to write what a reader typed, applied at query time so that a vocabulary edit needs no reindex. The
 * topic feature provides its vocabulary through this.
 */
public interface QueryExpansion {

    /** The words themselves first, then any other forms. */
    List<String> forms(String words);
}
