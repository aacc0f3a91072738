package org.consortia.attendance;

import java.util.List;
import java.util.Map;

/**
 * A feature that keeps something of the people on events' lists by their address (the outbox keeps the mails to
 * them): what it holds goes into the export of their data, and goes when their data is erased.
 */
public interface PersonalDataHolder {

    /** What is held about {@code email} for the event of deliverable {@code code} of {@code project}, as plain values. */
    List<Map<String, Object>> about(String project, String code, String email);

    /** Erases what is held about {@code email} for that event; {@code email} null: about everyone of the project. */
    void erase(String project, String code, String email);
}
