package org.consortia.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.consortia.common.NotFoundProblem;
import org.consortia.security.Person;

/** Writes notices (and their mails to the outbox) and reads a person's notices. */
@ApplicationScoped
public class Notices {

    private final NotificationRepository notifications;
    private final Clock clock;

    Notices(NotificationRepository notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    /** A notice for {@code person}, in the caller's transaction; its mail waits in the outbox unless unwanted. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Notification add(
            Person person, NotificationKind kind, String project, String code, String title, String detail) {
        boolean wanted = person.email != null && !person.email.isBlank() && !mutes(person, kind);
        Notification notice = notice(kind, project, code, title, detail, wanted);
        notice.person = person;
        notifications.persist(notice);
        return notice;
    }

    /**
     * Notices of a step {@code byUsername} took, to each of {@code people} but that person; the detail
     * names who acted ({@code byName}, else the username) and what they said, if anything.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void tell(
            Collection<Person> people,
            String byUsername,
            String byName,
            String said,
            NotificationKind kind,
            String project,
            String code,
            String title) {
        String by = byName != null ? byName : byUsername;
        String detail = said == null ? by : by + ": " + said;
        people.stream()
                .filter(person -> !person.username.equals(byUsername))
                .forEach(person -> add(person, kind, project, code, title, detail));
    }

    /**
     * A mail to a partner's contact address, nobody's notice in the platform, in the caller's transaction;
     * {@code dedupKey} keeps it unique.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Notification addForContact(
            String email,
            NotificationKind kind,
            String project,
            String code,
            String title,
            String detail,
            String dedupKey) {
        Notification notice = notice(kind, project, code, title, detail, true);
        notice.recipientEmail = email;
        notice.dedupKey = dedupKey;
        notifications.persist(notice);
        return notice;
    }

    /**
     * A mail to someone on an event's list (no account, nobody's notice in the platform), linking to {@code link}, in
     * {@code language}; in the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Notification addForParticipant(
            String email,
            NotificationKind kind,
            String project,
            String code,
            String title,
            String link,
            String language) {
        Notification notice = notice(kind, project, code, title, null, true);
        notice.recipientEmail = email;
        notice.link = link;
        notice.language = language;
        notifications.persist(notice);
        return notice;
    }

    /** A notice written now, its mail due at once if {@code mailed}, else never sent. */
    private Notification notice(
            NotificationKind kind, String project, String code, String title, String detail, boolean mailed) {
        Notification notice = new Notification();
        notice.kind = kind;
        notice.projectAcronym = project;
        notice.subjectCode = code;
        notice.subjectTitle = clip(title, 500);
        notice.detail = clip(detail, 2000);
        notice.createdAt = OffsetDateTime.now(clock);
        notice.mailState = mailed ? MailState.PENDING : MailState.SKIPPED;
        notice.nextAttemptAt = mailed ? notice.createdAt : null;
        return notice;
    }

    public List<Notification> latest(Person person, int limit) {
        return notifications.latest(person, limit);
    }

    /** How many notices the person with this subject (from their token) has not read. */
    public long unread(String subject) {
        return notifications.unread(subject);
    }

    /** The person's own notice, marked read; a 404 for anyone else's. */
    @Transactional
    public Notification open(Person person, long id) {
        Notification notice = Optional.ofNullable(notifications.findById(id))
                .filter(n -> n.person.id.equals(person.id))
                .orElseThrow(() -> new NotFoundProblem("Notification", Long.toString(id)));
        if (notice.readAt == null) {
            notice.readAt = OffsetDateTime.now(clock);
        }
        return notice;
    }

    private static String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    private static boolean mutes(Person person, NotificationKind kind) {
        return List.of(person.mutedKinds.split(",")).contains(kind.name());
    }
}
