package org.consortia.timesheet;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.consortia.organisation.Organisation;
import org.consortia.security.Person;

/** One staff member's time record for one month, for the organisation they work for (V24). */
@Entity
public class Timesheet extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    public Person person;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    public Organisation organisation;

    /** The month's first day. */
    @Column(nullable = false)
    public LocalDate month;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TimesheetStatus status = TimesheetStatus.OPEN;

    public OffsetDateTime signedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "supervisor_id")
    public Person supervisor;

    public OffsetDateTime countersignedAt;

    /** The annual productive hours in force when the month was closed; null before. */
    public BigDecimal productiveHours;

    /** Why a supervisor sent it back, until it is signed again. */
    public String returnedComment;

    @Version
    public long version;
}
