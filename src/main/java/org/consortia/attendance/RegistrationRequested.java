package org.consortia.attendance;

/**
 * Someone asked to register for the event of deliverable {@code code} of {@code project} on its public form: the mail
 * with their confirmation link ({@code path}, holding the one-time token) goes to {@code email}, in {@code language}.
 * Fired in the transaction that records the registration, so the mail and the registration are written together.
 */
public record RegistrationRequested(
        String project, String code, String title, String email, String path, String language) {}
