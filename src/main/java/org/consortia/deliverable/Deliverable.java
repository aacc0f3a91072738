package org.consortia.deliverable;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.consortia.event.Event;
import org.consortia.partner.Participation;
import org.consortia.project.Project;
import org.consortia.workpackage.WorkPackage;

/** Something the project owes its funder: a study, a report, a joint document, or an event. */
@Entity
public class Deliverable extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    public Project project;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String title;

    public String description;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "work_package_id")
    public WorkPackage workPackage;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lead_id")
    public Participation lead;

    @ManyToMany
    @JoinTable(
            name = "deliverable_contributor",
            joinColumns = @JoinColumn(name = "deliverable_id"),
            inverseJoinColumns = @JoinColumn(name = "participation_id"))
    public Set<Participation> contributors = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeliverableKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeliverableType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DisseminationLevel disseminationLevel;

    @Column(nullable = false)
    public int dueMonth;

    /** Set when the plan fixes a date; otherwise the deliverable is due at the end of its due month. */
    public LocalDate explicitDueDate;

    /** The contractual due date (Annex 1): changed once the project is under way only by an amendment. */
    @Column(nullable = false)
    public LocalDate dueDate;

    /** When the consortium now expects to deliver it, if not on its due date. */
    public LocalDate forecastDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeliverableStatus status = DeliverableStatus.PLANNED;

    @ManyToMany
    @JoinTable(
            name = "deliverable_dependency",
            joinColumns = @JoinColumn(name = "deliverable_id"),
            inverseJoinColumns = @JoinColumn(name = "depends_on_id"))
    public Set<Deliverable> dependsOn = new HashSet<>();

    /** Where and when it takes place, for an event (a meeting, training, national event or conference). */
    @OneToOne(fetch = FetchType.LAZY, cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "event_id")
    public Event event;

    /** When it was last submitted to the funder, and which uploaded version. */
    public OffsetDateTime submittedAt;

    public Integer submittedVersion;

    public OffsetDateTime acceptedAt;

    /** Why it was submitted after its due date. */
    public String delayJustification;

    /** When it left the plan, and why; null while in the plan. */
    public OffsetDateTime archivedAt;

    public String archiveReason;

    @Version
    public long version;

    /** When the consortium now expects to deliver it: its forecast, else its due date. */
    public LocalDate expectedDate() {
        return forecastDate != null ? forecastDate : dueDate;
    }

    /** Sets the forecast; one on the due date is none. */
    public void forecast(LocalDate date) {
        forecastDate = date == null || date.equals(dueDate) ? null : date;
    }

    /** Submitted after its due date. */
    public boolean isLate() {
        return submittedAt != null && wouldBeLate(submittedAt);
    }

    /** Whether a submission at {@code moment} comes after the due date (days counted in UTC). */
    public boolean wouldBeLate(OffsetDateTime moment) {
        return moment.atZoneSameInstant(ZoneOffset.UTC).toLocalDate().isAfter(dueDate);
    }

    /** Past its due date and not yet delivered to the funder; never once archived (it left the plan). */
    public boolean isOverdue(LocalDate today) {
        return archivedAt == null && isOverdue(dueDate, status, today);
    }

    /** A deliverable due on {@code dueDate} and now in {@code status} is overdue: past due and not delivered. */
    public static boolean isOverdue(LocalDate dueDate, DeliverableStatus status, LocalDate today) {
        return dueDate.isBefore(today) && !DeliverableStatus.DELIVERED.contains(status);
    }

    /**
     * Recomputes the due date from the project calendar (after a change of month or of project dates);
     * a fixed date stays and gives the due month instead.
     */
    public void schedule() {
        if (explicitDueDate != null) {
            dueMonth = project.monthOf(explicitDueDate);
            dueDate = explicitDueDate;
        } else {
            dueDate = project.endOfMonth(dueMonth);
        }
        forecast(forecastDate);
    }
}
