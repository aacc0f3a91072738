package org.consortia.project;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.consortia.common.ConflictProblem;
import org.consortia.common.InvalidDataProblem;

/**
 * A funded project. Its plan counts in project months: M1 starts on the start date, month M ends the
 * day before the same day M months later (for a project starting on the 1st: the month's last day).
 */
@Entity
public class Project extends PanacheEntity {

    @Column(nullable = false, unique = true)
    public String acronym;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String funder;

    public String programme;

    public String grantReference;

    @Column(nullable = false)
    public LocalDate startDate;

    @Column(nullable = false)
    public LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProjectStatus status;

    public String summary;

    /** Shows its summary, partners and accepted public (PU) deliverables to anyone, signed in or not. */
    @Column(nullable = false)
    public boolean publicPage;

    /** Who accepts its deliverables and reports. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AcceptanceAuthority acceptanceAuthority = AcceptanceAuthority.FUNDER_REVIEWER;

    /** A grant of an EU programme: its pages speak the EU's words (the funder's reviewer is its project officer). */
    @Column(nullable = false)
    public boolean euGrant;

    /** Days before each deadline when its responsible organisation is reminded, comma-separated. */
    @Column(nullable = false)
    public String reminderOffsets = "30,7,1";

    @Version
    public long version;

    /**
     * Moved on by the database (triggers of migration V17) whenever what the project's pages show
     * changes: partners, work packages, deliverables, milestones, periods, reports, files, activity.
     */
    @Column(insertable = false, updatable = false)
    public long revision;

    /** What the project's pages show is the same as long as this is: see {@link ProjectRevision}. */
    /** The coordinator's plan page, where a saved plan form goes back to. */
    public String planPath() {
        return "/projects/" + acronym + "/plan";
    }

    public ProjectRevision currentRevision() {
        return new ProjectRevision(id, version, revision);
    }

    /** The reminder offsets, largest first. */
    public List<Integer> reminderDays() {
        return Arrays.stream(reminderOffsets.split(","))
                .filter(s -> !s.isBlank())
                .map(String::strip)
                .map(Integer::valueOf)
                .sorted(Comparator.reverseOrder())
                .toList();
    }

    /** How many project months the project spans, the last one possibly cut short by the end date. */
    public int durationMonths() {
        return monthOf(endDate);
    }

    /** The project month a date of the project falls in (1 for the start date). */
    public int monthOf(LocalDate date) {
        int month = (int) ChronoUnit.MONTHS.between(startDate, date) + 1;
        // A start on the 29th–31st: month M may end before the same day of the next calendar month.
        while (!date.isBefore(startDate.plusMonths(month))) {
            month++;
        }
        return month;
    }

    /** The first day of project month {@code month}. */
    public LocalDate startOfMonth(int month) {
        return month <= 1 ? startDate : endOfMonth(month - 1).plusDays(1);
    }

    /** The last day of project month {@code month} (the end date for a last month cut short). */
    public LocalDate endOfMonth(int month) {
        LocalDate end = startDate.plusMonths(month).minusDays(1);
        return end.isAfter(endDate) ? endDate : end;
    }

    /** Refuses, as a 400 on {@code field}, a month outside the project. */
    public void requireMonth(String field, int month) {
        if (month < 1 || month > durationMonths()) {
            throw new InvalidDataProblem(field, "must be a month of " + acronym + ", from 1 to " + durationMonths());
        }
    }

    /**
     * The due month of a plan item given its month, its fixed date, or both (which must agree), as
     * fields {@code dueMonth} and {@code dueDate}; a 400 when they are missing, outside or disagree.
     */
    public int dueMonth(Integer month, LocalDate date) {
        if (month == null && date == null) {
            throw new InvalidDataProblem("dueMonth", "give the due month (or an explicit due date)");
        }
        requireDate("dueDate", date);
        int dueMonth = date != null ? monthOf(date) : month;
        if (month != null && month != dueMonth) {
            throw new InvalidDataProblem(
                    "dueMonth",
                    "the due date " + date + " falls in month " + dueMonth
                            + "; leave the month out or make them agree");
        }
        requireMonth("dueMonth", dueMonth);
        return dueMonth;
    }

    /**
     * The date a plan item is fixed on, or null when it is due at the end of its month: a date equal
     * to the end of the given month is that month's own date (what a client reads back and sends again).
     */
    public LocalDate fixedDueDate(Integer month, LocalDate date) {
        return date == null || (month != null && date.equals(endOfMonth(month))) ? null : date;
    }

    /** Refuses, as a 409, a fixed date that new project dates would leave outside the project. */
    public void requireStillCovers(String item, LocalDate date) {
        if (date != null && (date.isBefore(startDate) || date.isAfter(endDate))) {
            throw new ConflictProblem(
                    date.isBefore(startDate) ? "startDate" : "endDate",
                    item + " is fixed on " + date + ", outside the new dates of " + acronym);
        }
    }

    /** Refuses, as a 400 on {@code field}, a date outside the project (no date is fine). */
    public void requireDate(String field, LocalDate date) {
        if (date != null && (date.isBefore(startDate) || date.isAfter(endDate))) {
            throw new InvalidDataProblem(
                    field, "must lie within " + acronym + ", from " + startDate + " to " + endDate);
        }
    }

    /**
     * Refuses, as a 409 on {@code field}, a change of {@code item}'s contractual due date from {@code before} to
     * {@code after} once the project is under way (no longer in preparation): an amendment changes it then. A new item
     * ({@code before} null) is dated freely.
     */
    public void requireContractualDateKept(String field, String item, LocalDate before, LocalDate after) {
        if (before != null && !before.equals(after) && status != ProjectStatus.DRAFT) {
            throw new ConflictProblem(
                    field,
                    item + " is contractually due on " + before + ": once " + acronym + " is under way, that date"
                            + " changes only by an amendment (POST /api/projects/" + acronym + "/amendments); its"
                            + " forecast date is the consortium's to move");
        }
    }

    /** Refuses, as a 400 on {@code field}, a forecast before the project starts (no forecast, or a later one, is fine). */
    public void requireForecast(String field, LocalDate date) {
        if (date != null && date.isBefore(startDate)) {
            throw new InvalidDataProblem(field, "must not be before the start of " + acronym + ", " + startDate);
        }
    }
}
