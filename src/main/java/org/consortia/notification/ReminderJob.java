package org.consortia.notification;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.consortia.common.Sha256;
import org.consortia.common.TransactionLocks;
import org.consortia.deadline.Deadline;
import org.consortia.deadline.DeadlineService;
import org.consortia.project.Project;
import org.consortia.project.ProjectService;
import org.consortia.security.Person;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reminds the responsible organisation before each open deadline (at the project's offsets, 30, 7 and
 * 1 days by default: the smallest offset not yet passed) and tells it and the coordinators when one is
 * overdue, again every week while it stays so. Each notice has a key — (obligation, offset or week,
 * recipient) — that the database keeps unique, and one instance at a time runs the job (a PostgreSQL
 * advisory lock): running it twice, after a restart or on two instances, sends each notice once. It also
 * writes the coordinators' weekly digest of each project, once per ISO week. The responsible
 * organisation's contact address in the project gets the reminders and overdue notices by mail too,
 * unless it is the address of someone already told.
 */
@ApplicationScoped
public class ReminderJob {

    /** The advisory lock's key: any fixed number the other jobs do not use. */
    static final long LOCK = 0x436f6e736f727469L;

    private final TransactionLocks locks;
    private final ProjectService projectService;
    private final NotificationRepository notifications;
    private final DeadlineService deadlines;
    private final Recipients recipients;
    private final Notices notices;
    private final Clock clock;
    private final Locale defaultLocale;

    ReminderJob(
            TransactionLocks locks,
            ProjectService projectService,
            NotificationRepository notifications,
            DeadlineService deadlines,
            Recipients recipients,
            Notices notices,
            Clock clock,
            @ConfigProperty(name = "quarkus.default-locale") Locale defaultLocale) {
        this.locks = locks;
        this.projectService = projectService;
        this.notifications = notifications;
        this.deadlines = deadlines;
        this.recipients = recipients;
        this.notices = notices;
        this.clock = clock;
        this.defaultLocale = defaultLocale;
    }

    @Scheduled(
            every = "${consortia.notifications.remind-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void remind() {
        remindAsOf(LocalDate.now(clock));
    }

    /** Writes the notices due as of {@code today}; how many it wrote (0 when another instance holds the lock). */
    int remindAsOf(LocalDate today) {
        return QuarkusTransaction.requiringNew().call(() -> {
            return locks.tryHold(LOCK) ? write(today) : 0;
        });
    }

    private int write(LocalDate today) {
        List<Project> projects = projectService.notClosed();
        Map<String, Project> byAcronym = projects.stream().collect(Collectors.toMap(p -> p.acronym, p -> p));
        int longest = projects.stream()
                .flatMap(p -> p.reminderDays().stream())
                .mapToInt(Integer::intValue)
                .max()
                .orElse(0);
        List<Due> due = new ArrayList<>();
        // One query per kind of deadline for all the projects, whatever their number.
        for (Deadline deadline : deadlines.across(projects, List.of(), null, today.plusDays(longest), false)) {
            Project project = byAcronym.get(deadline.project());
            if (deadline.done()) {
                continue;
            }
            long daysLeft = ChronoUnit.DAYS.between(today, deadline.dueDate());
            if (daysLeft >= 0) {
                offsetFor(project, daysLeft)
                        .ifPresent(offset ->
                                due.add(new Due(project, deadline, NotificationKind.REMINDER, "D-" + offset)));
            } else {
                due.add(new Due(project, deadline, NotificationKind.OVERDUE, "W" + (-daysLeft - 1) / 7));
            }
        }
        Set<String> sent = sentKeys(projects);
        Map<String, String> contacts = recipients.contactsIn(projects);
        int written = digests(projects, today, sent);
        for (Due item : due) {
            Deadline d = item.deadline();
            String code = d.isDeliverable() ? d.code() : null;
            Set<Person> people = recipientsOf(item);
            for (Person person : people) {
                String key = item.key(person);
                if (sent.add(key)) {
                    notices.add(
                                    person,
                                    item.kind(),
                                    d.project(),
                                    code,
                                    titleFor(d, person.language),
                                    d.dueDate().toString())
                            .dedupKey = key;
                    written++;
                }
            }
            String contact = d.responsible() == null ? null : contacts.get(d.project() + "/" + d.responsible());
            boolean toldAlready =
                    contact == null || people.stream().anyMatch(person -> contact.equalsIgnoreCase(person.email));
            if (!toldAlready && d.kind() != Deadline.Kind.REPORT && sent.add(item.contactKey(contact))) {
                notices.addForContact(
                        contact,
                        item.kind(),
                        d.project(),
                        code,
                        titleFor(d, null),
                        d.dueDate().toString(),
                        item.contactKey(contact));
                written++;
            }
        }
        return written;
    }

    /** One digest a week per project for each of its coordinators: the first run of the ISO week writes it. */
    private int digests(List<Project> projects, LocalDate today, Set<String> sent) {
        String week = today.format(DateTimeFormatter.ISO_WEEK_DATE).substring(0, 8);
        int written = 0;
        for (Project project : projects) {
            for (Person coordinator : recipients.coordinatorsOf(project)) {
                String key = "DIGEST:" + project.acronym + ":" + week + ":" + coordinator.id;
                if (sent.add(key)) {
                    notices.add(coordinator, NotificationKind.DIGEST, project.acronym, null, project.title, week)
                            .dedupKey = key;
                    written++;
                }
            }
        }
        return written;
    }

    /** The smallest offset that {@code daysLeft} has reached, if any. */
    private static Optional<Integer> offsetFor(Project project, long daysLeft) {
        return project.reminderDays().stream()
                .filter(offset -> daysLeft <= offset)
                .min(Integer::compare);
    }

    private Set<Person> recipientsOf(Due item) {
        Set<Person> people = new LinkedHashSet<>();
        String responsible = item.deadline().responsible();
        if (item.deadline().kind() == Deadline.Kind.REPORT || responsible == null) {
            people.addAll(recipients.coordinatorsOf(item.project()));
        } else {
            people.addAll(recipients.membersOf(responsible));
        }
        if (item.kind() == NotificationKind.OVERDUE) {
            people.addAll(recipients.coordinatorsOf(item.project()));
        }
        return people;
    }

    /**
     * What the notice names: a deliverable's title; a milestone's code and title; a report, in {@code language} (a
     * tag; null: the platform's).
     */
    private String titleFor(Deadline deadline, String language) {
        if (deadline.isDeliverable()) {
            return deadline.title();
        }
        if (deadline.kind() != Deadline.Kind.REPORT) {
            return deadline.code() + " – " + deadline.title();
        }
        String tag = language != null ? language : defaultLocale.toLanguageTag();
        return deadline.code() + " – "
                + MessageBundles.get(NotificationMessages.class, Localized.Literal.of(tag))
                        .periodic_report();
    }

    /** The keys of the notices already written for these projects: one query. */
    private Set<String> sentKeys(List<Project> projects) {
        if (projects.isEmpty()) {
            return new HashSet<>();
        }
        return new HashSet<>(
                notifications.dedupKeys(projects.stream().map(p -> p.acronym).toList()));
    }

    /** A notice owed about one deadline: a reminder at an offset, or the overdue notice of a week. */
    private record Due(Project project, Deadline deadline, NotificationKind kind, String step) {

        String prefix() {
            return kind + ":" + deadline.project() + ":" + deadline.kind() + ":" + deadline.code() + ":"
                    + deadline.dueDate() + ":" + step;
        }

        String key(Person person) {
            return prefix() + ":" + person.id;
        }

        /** An address may be long: the key holds a digest of it. */
        String contactKey(String email) {
            return prefix() + ":c" + Sha256.hex(email.toLowerCase(Locale.ROOT)).substring(0, 24);
        }
    }
}
