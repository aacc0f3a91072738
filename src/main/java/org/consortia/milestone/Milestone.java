package org.consortia.milestone;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.consortia.project.Project;
import org.consortia.workpackage.WorkPackage;

/** A control point of the plan, reached when its means of verification is there. */
@Entity
public class Milestone extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    public Project project;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String title;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "work_package_id")
    public WorkPackage workPackage;

    @Column(nullable = false)
    public int dueMonth;

    public LocalDate explicitDueDate;

    /** The contractual due date (Annex 1): changed once the project is under way only by an amendment. */
    @Column(nullable = false)
    public LocalDate dueDate;

    /** When the consortium now expects to reach it, if not on its due date. */
    public LocalDate forecastDate;

    public String meansOfVerification;

    public LocalDate achievedDate;

    @Version
    public long version;

    /** When the consortium now expects to reach it: its forecast, else its due date. */
    public LocalDate expectedDate() {
        return forecastDate != null ? forecastDate : dueDate;
    }

    /** Sets the forecast; one on the due date is none. */
    public void forecast(LocalDate date) {
        forecastDate = date == null || date.equals(dueDate) ? null : date;
    }

    public boolean isOverdue(LocalDate today) {
        return isOverdue(dueDate, achievedDate, today);
    }

    /** A milestone due on {@code dueDate} is overdue when past due and not reached. */
    public static boolean isOverdue(LocalDate dueDate, LocalDate achievedDate, LocalDate today) {
        return achievedDate == null && dueDate.isBefore(today);
    }

    /** As {@code Deliverable.schedule()}: a fixed date gives the month, otherwise the month gives the date. */
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
