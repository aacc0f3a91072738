package org.consortia.attendance;

import io.quarkus.arc.All;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.consortia.activity.ActivityLog;
import org.consortia.activity.Subject;
import org.consortia.common.ConflictProblem;
import org.consortia.common.TransactionLocks;
import org.consortia.project.Project;
import org.jboss.logging.Logger;

/**
 * The participants' rights over their data (GDPR): the export of all that is held about someone on an event's list,
 * and its erasure, which pseudonymises their record (no name, address, organisation or role) so that the counts and
 * breakdowns stay; and the erasure of every participant's data a set time after their project's end.
 */
@ApplicationScoped
public class PrivacyService {

    private static final Logger LOG = Logger.getLogger(PrivacyService.class);

    /** The advisory lock of the daily erasure: one instance runs it. */
    private static final long LOCK = 0x5052_4956_4143_5901L;

    private final AttendanceService attendance;
    private final ParticipantRepository participants;
    private final RegistrationRepository registrations;
    private final List<PersonalDataHolder> holders;
    private final ActivityLog activity;
    private final TransactionLocks locks;
    private final PrivacyConfig config;
    private final Clock clock;

    PrivacyService(
            AttendanceService attendance,
            ParticipantRepository participants,
            RegistrationRepository registrations,
            @All List<PersonalDataHolder> holders,
            ActivityLog activity,
            TransactionLocks locks,
            PrivacyConfig config,
            Clock clock) {
        this.attendance = attendance;
        this.participants = participants;
        this.registrations = registrations;
        this.holders = holders;
        this.activity = activity;
        this.locks = locks;
        this.config = config;
        this.clock = clock;
    }

    /** All that is held about participant {@code id} of the event, for them. */
    public PersonalDataExport export(Project project, EventAtHand event, long id) {
        Participant participant = attendance.find(event, id);
        List<Map<String, Object>> mails = new ArrayList<>();
        List<Map<String, Object>> pending = List.of();
        if (participant.email != null) {
            holders.forEach(holder -> mails.addAll(holder.about(project.acronym, event.code(), participant.email)));
            pending = registrations.pendingOf(participant.event, participant.email, OffsetDateTime.now(clock));
        }
        PersonalDataExport.Survey survey = participants
                .invitation(participant)
                .map(i -> new PersonalDataExport.Survey(i.invitedAt))
                .orElse(null);
        return new PersonalDataExport(
                OffsetDateTime.now(clock),
                project.acronym,
                event.code(),
                event.owner().title(),
                participant.event.days(),
                ParticipantView.of(participant),
                survey,
                pending,
                mails);
    }

    /**
     * Erases participant {@code id}'s personal data: their record is pseudonymised and keeps what the counts need
     * (country and kind of organisation, gender, presence, days), their registrations still waiting go, and so do
     * the mails to them in the outbox. 409 when it was erased already.
     */
    @Transactional
    public ParticipantView erase(Project project, EventAtHand event, long id) {
        Participant participant = attendance.find(event, id);
        if (participant.erasedAt != null) {
            throw new ConflictProblem("erasedAt", "participant " + id + " was erased on " + participant.erasedAt);
        }
        String email = participant.email;
        ParticipantTrace before = ParticipantTrace.of(participant);
        pseudonymise(participant, OffsetDateTime.now(clock));
        participants.flush();
        if (email != null) {
            registrations.deletePending(participant.event, email);
            holders.forEach(holder -> holder.erase(project.acronym, event.code(), email));
        }
        activity.record(
                project, Subject.participant(event.code(), id), "ERASED", before, ParticipantTrace.of(participant));
        return ParticipantView.of(participant);
    }

    static void pseudonymise(Participant participant, OffsetDateTime now) {
        participant.name = "Erased participant " + participant.id;
        participant.email = null;
        participant.organisation = null;
        participant.role = null;
        participant.photoConsent = false;
        participant.erasedAt = now;
    }

    @Scheduled(every = "24h", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void eraseDaily() {
        eraseAsOf(LocalDate.now(clock));
    }

    /**
     * Erases the personal data of every participant of the projects that ended more than {@code keepYears} before
     * {@code today}; how many it erased (0 when another instance holds the lock).
     */
    public int eraseAsOf(LocalDate today) {
        return QuarkusTransaction.requiringNew().call(() -> locks.tryHold(LOCK) ? eraseEnded(today) : 0);
    }

    private int eraseEnded(LocalDate today) {
        LocalDate endedBefore = today.minusYears(config.keepYears());
        int erased = 0;
        for (Project project : participants.projectsWithPersonalDataEndedBefore(endedBefore)) {
            int count = participants.pseudonymiseAll(project, OffsetDateTime.now(clock));
            registrations.deletePending(project);
            holders.forEach(holder -> holder.erase(project.acronym, null, null));
            activity.record(
                    project,
                    Subject.participants("*"),
                    "ERASED",
                    null,
                    Map.of("count", count, "reason", "kept " + config.keepYears() + " years after the project's end"));
            erased += count;
        }
        if (erased > 0) {
            LOG.infof("Erased the personal data of %d participant(s) of projects ended before %s", erased, endedBefore);
        }
        return erased;
    }
}
