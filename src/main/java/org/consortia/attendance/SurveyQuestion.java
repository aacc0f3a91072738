package org.consortia.attendance;

/**
 * A question of an evaluation survey: a standard one ({@code standard}, worded in the reader's language) or the
 * organisers' own ({@code text}, as they wrote it).
 */
public record SurveyQuestion(StandardQuestion standard, String text) {}
