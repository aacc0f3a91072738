package org.consortia.amendment;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.consortia.project.Project;

/**
 * A change of the grant agreement once the project is under way, a contractual due date or the budget: requested by
 * the coordinator with a reason, approved or refused by the project's acceptance authority. Never deleted: the funder
 * reads the trail.
 */
@Entity
public class Amendment extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    public Project project;

    /** 1, 2, 3… per project. */
    @Column(nullable = false)
    public int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AmendedItem itemType;

    @Column(nullable = false)
    public String itemCode;

    @Column(nullable = false)
    public String reason;

    /** A date's amendment: the contractual date when the amendment was requested. */
    public LocalDate previousDueDate;

    public Integer proposedDueMonth;

    /** The date proposed within its month; null for the end of the month. */
    public LocalDate proposedFixedDate;

    public LocalDate proposedDueDate;

    /** A budget's amendment: the budget when it was requested, and the one proposed (canonical JSON of BudgetInput). */
    public String previousBudget;

    public String proposedBudget;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AmendmentStatus status = AmendmentStatus.REQUESTED;

    @Column(nullable = false)
    public OffsetDateTime requestedAt;

    @Column(nullable = false)
    public String requestedBy;

    public String requestedByName;

    public OffsetDateTime decidedAt;

    public String decidedBy;

    public String decidedByName;

    public String decisionComment;

    @Version
    public long version;

    /** {@code A3} for amendment 3. */
    public static String code(int number) {
        return "A" + number;
    }
}
