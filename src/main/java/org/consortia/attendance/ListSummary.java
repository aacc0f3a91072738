package org.consortia.attendance;

/**
 * An event's list in a line of a table: how many people are on it, from how many countries (of their organisations),
 * how many from employers' organisations and from trade unions.
 */
public record ListSummary(long listed, long countries, long employers, long unions) {

    public static final ListSummary NONE = new ListSummary(0, 0, 0, 0);
}
