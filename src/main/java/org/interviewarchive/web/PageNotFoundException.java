package org.interviewarchive.web;

/** A page asked for something the archive does not have: the reader gets the 404 page with a search box. */
public class PageNotFoundException extends RuntimeException {

    public PageNotFoundException(String message) {
        super(message);
    }
}
