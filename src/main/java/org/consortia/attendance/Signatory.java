package org.consortia.attendance;

/** A line of a signature sheet: who is expected in person, and from where. */
public record Signatory(String name, String organisation, String country) {}
