package org.consortia.attendance;

/** A registration waiting for its confirmation, as its confirmation page names it. */
public record PendingRegistration(String name, String project, String code, String title) {}
