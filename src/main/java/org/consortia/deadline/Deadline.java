package org.consortia.deadline;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * A dated obligation of a project: a deliverable's due date, a milestone, an event's date (a deliverable's or a
 * meeting's), or the
 * periodic report owed after a reporting period. {@code state} is the item's own state (a deliverable
 * status, REACHED/OPEN, HELD/PLANNED, DUE); {@code done} says whether the obligation is met; an
 * event has its {@code place} (venue, city, country) and, when it has a time of day, when it starts and
 * ends ({@code endsAt} may be unknown), and its {@code lastDay} when it lasts several days; others last the day.
 */
public record Deadline(
        String project,
        Kind kind,
        String code,
        String title,
        LocalDate dueDate,
        String responsible,
        String state,
        boolean done,
        boolean overdue,
        String place,
        ZonedDateTime startsAt,
        ZonedDateTime endsAt,
        LocalDate lastDay) {

    /** A deadline that lasts the day. */
    public Deadline(
            String project,
            Kind kind,
            String code,
            String title,
            LocalDate dueDate,
            String responsible,
            String state,
            boolean done,
            boolean overdue) {
        this(project, kind, code, title, dueDate, responsible, state, done, overdue, null, null, null, null);
    }

    public enum Kind {
        DELIVERABLE,
        MILESTONE,
        EVENT,
        /** A meeting that is not a deliverable (a partner meeting, a steering committee). */
        MEETING,
        REPORT
    }

    /** The day it ends: its last day, or the day it falls on. */
    public LocalDate until() {
        return lastDay != null ? lastDay : dueDate;
    }

    public boolean isReport() {
        return kind == Kind.REPORT;
    }

    public boolean isDeliverable() {
        return kind == Kind.DELIVERABLE || kind == Kind.EVENT;
    }

    /** Whether it is a meeting that is not a deliverable: its page is its event's. */
    public boolean isMeeting() {
        return kind == Kind.MEETING;
    }
}
