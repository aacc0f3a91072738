package org.consortia.security;

/** What the identity provider says of a recorded person's account (PeopleSync keeps it current). */
public enum PersonStatus {
    /** The account exists and may sign in. */
    ACTIVE,
    /** The account exists but is disabled: it may come back. */
    DISABLED,
    /** The account no longer exists. */
    DEPARTED
}
