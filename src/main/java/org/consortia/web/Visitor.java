package org.consortia.web;

/**
 * Who is looking at a page, as far as every page's layout and forms need to know: the platform's signed-in
 * caller ({@code security/CurrentUser}) implements it, so that the pages' foundation knows no feature.
 */
public interface Visitor {

    boolean isAnonymous();

    /** The identity provider's stable id of the person. */
    String subject();

    String username();

    /** The display name, or null. */
    String name();

    /** Whether they keep timesheets: staff of an organisation (a partner's staff or a finance officer). */
    boolean keepsTimesheets();

    /** The identity provider's id of the sign-in session; empty if it gives none. */
    String sessionId();
}
