package org.consortia.attendance;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.consortia.event.Event;

/**
 * A scanned attendance sheet of one day of an event, signed by those who came: one version of that day's evidence,
 * stored by content (its SHA-256) in the file store. Its bytes never change; once the funder received it, it stays.
 */
@Entity
public class SignedSheet extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    public Event event;

    @Column(nullable = false)
    public LocalDate day;

    /** Its version among the sheets of its day: 1, 2… */
    @Column(nullable = false)
    public int number;

    @Column(nullable = false)
    public String originalName;

    @Column(nullable = false)
    public String mediaType;

    @Column(nullable = false)
    public long sizeBytes;

    @Column(nullable = false)
    public String sha256;

    @Column(nullable = false)
    public String uploaderUsername;

    public String uploaderName;

    @Column(nullable = false)
    public OffsetDateTime uploadedAt;

    /** Chosen by the organisers for the funder, who reads it once the event's deliverable reached it. */
    public boolean forFunder;

    @Version
    public long version;
}
