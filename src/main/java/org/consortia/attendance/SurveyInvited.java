package org.consortia.attendance;

/**
 * Someone who attended the event of deliverable {@code code} of {@code project} is invited to its evaluation survey:
 * the mail with their one-time link ({@code path}) goes to {@code email}, in {@code language} (null: the platform's). Fired in the transaction that closes the
 * attendance, with the invitation.
 */
public record SurveyInvited(String project, String code, String title, String email, String path, String language) {}
