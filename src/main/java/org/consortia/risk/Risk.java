package org.consortia.risk;

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
import org.consortia.partner.Participation;
import org.consortia.project.Project;

/** An entry of a project's risk register: R1, R2… in the order they were identified and entered. */
@Entity
public class Risk extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    public Project project;

    @Column(nullable = false)
    public int number;

    @Column(nullable = false)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RiskLevel likelihood;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RiskLevel impact;

    public String mitigation;

    /** The partner that watches the risk and carries out its mitigation; none for the consortium as a whole. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    public Participation owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RiskStatus status;

    @Column(nullable = false)
    public LocalDate identifiedOn;

    /** Set exactly when the status is {@code CLOSED}. */
    public LocalDate closedOn;

    @Version
    public long version;

    /** How a register names it: R1, R2… */
    public static String code(int number) {
        return "R" + number;
    }
}
