package org.consortia.common;

/** Free text as typed, the same way wherever it comes in (a form, a JSON body, a query parameter). */
public final class Texts {

    private Texts() {}

    /** The text without surrounding spaces; null for none or a blank one. */
    public static String strippedOrNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
