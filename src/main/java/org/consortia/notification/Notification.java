package org.consortia.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.OffsetDateTime;
import org.consortia.security.Person;

/**
 * A notice to one person, written in the same transaction as the change that caused it: shown in the
 * platform until read, and an outbox entry for its mail, which the sender delivers after the commit. A
 * notice to a partner's contact address has no person: it is a mail only.
 */
@Entity
public class Notification extends PanacheEntity {

    /** Who is told; none for a mail to a partner's contact address. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    public Person person;

    /** The contact address a mail-only notice goes to. */
    public String recipientEmail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NotificationKind kind;

    /** Set when this notice must exist at most once (unique). */
    public String dedupKey;

    @Column(nullable = false)
    public String projectAcronym;

    public String subjectCode;

    public String subjectTitle;

    /** Who did it, or what they said (a comment owed with the move). */
    public String detail;

    @Column(nullable = false)
    public OffsetDateTime createdAt;

    public OffsetDateTime readAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MailState mailState;

    @Column(nullable = false)
    public int mailAttempts;

    public OffsetDateTime nextAttemptAt;

    public OffsetDateTime sentAt;

    public String lastError;

    /**
     * The page its mail links to when it is not its subject's: a participant's one-time link, erased once the mail is
     * sent (the mail is its only copy then).
     */
    public String link;

    /** The language of its mail when it has no person to ask (a participant: the language of the form they used). */
    public String language;

    /** Where its mail goes. */
    public String address() {
        return person != null ? person.email : recipientEmail;
    }

    /** The page the notice is about. */
    public String path() {
        if (link != null) {
            return link;
        }
        if (subjectCode == null) {
            return "/projects/" + projectAcronym;
        }
        if (kind.isAmendment()) {
            return "/projects/" + projectAcronym + "/amendments";
        }
        return kind.isReport()
                ? "/projects/" + projectAcronym + "/reports/" + subjectCode.substring(1)
                : "/projects/" + projectAcronym + "/deliverables/" + subjectCode;
    }
}
