package org.consortia.calendar;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.OffsetDateTime;
import org.consortia.security.Person;

/** A person's secret calendar feed: the SHA-256 of its token, never the token itself. */
@Entity
public class CalendarFeed extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    public Person person;

    @Column(nullable = false)
    public String tokenHash;

    @Column(nullable = false)
    public OffsetDateTime createdAt;
}
