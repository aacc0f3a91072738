package org.consortia.common;

/** The shape of the short codes that name organisations and projects in URLs. */
public final class Codes {

    public static final String PATTERN = "[A-Z0-9][A-Z0-9-]{1,31}";
    public static final String MESSAGE = "must be 2 to 32 upper-case letters, digits or hyphens";

    private Codes() {}
}
