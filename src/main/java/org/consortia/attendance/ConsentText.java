package org.consortia.attendance;

/**
 * The consent a participant gives to the processing of their data: its version is recorded with each consent, so that
 * what they agreed to can be told later whatever the text has become. A change of the text
 * ({@code AttendanceMessages.consent_processing}) is a new version.
 */
public final class ConsentText {

    /** The version of the text in force. */
    public static final String VERSION = "2026-12-03";

    private ConsentText() {}
}
