package org.consortia.attendance;

import io.quarkus.arc.All;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.consortia.activity.ActivityLog;
import org.consortia.activity.Subject;
import org.consortia.common.ConflictProblem;
import org.consortia.common.GoneProblem;
import org.consortia.common.InvalidDataProblem;
import org.consortia.common.NotFoundProblem;
import org.consortia.common.SecretTokens;
import org.consortia.common.Sha256;
import org.consortia.common.Texts;
import org.consortia.common.TooManyRequestsProblem;
import org.consortia.event.Event;
import org.consortia.event.EventService;
import org.consortia.project.Project;
import org.jboss.logging.Logger;

/**
 * The public registration of an event, the platform's one write by people who are not signed in: its organisers open
 * and close it; anyone with the form's address registers, with their consent; a mail with a one-time link confirms
 * the address (double opt-in) and only then are they on the list. Rate limits per address and per event keep floods
 * out; what an unconfirmed registration holds is erased when its link expires.
 */
@ApplicationScoped
public class RegistrationService {

    private static final Logger LOG = Logger.getLogger(RegistrationService.class);

    private final RegistrationRepository registrations;
    private final ParticipantRepository participants;
    private final EventService events;
    private final AttendanceService attendance;
    private final ActivityLog activity;
    private final RegistrationConfig config;
    private final List<PersonalDataHolder> holders;
    private final jakarta.enterprise.event.Event<RegistrationRequested> requested;
    private final Clock clock;

    RegistrationService(
            RegistrationRepository registrations,
            ParticipantRepository participants,
            EventService events,
            AttendanceService attendance,
            ActivityLog activity,
            RegistrationConfig config,
            @All List<PersonalDataHolder> holders,
            jakarta.enterprise.event.Event<RegistrationRequested> requested,
            Clock clock) {
        this.registrations = registrations;
        this.participants = participants;
        this.events = events;
        this.attendance = attendance;
        this.activity = activity;
        this.config = config;
        this.holders = holders;
        this.requested = requested;
        this.clock = clock;
    }

    /** Whether an event takes registrations on {@code today}: opened, its attendance not closed, not past its date. */
    static boolean accepts(Event event, LocalDate today) {
        LocalDate until = until(event);
        return event.registrationOpen && event.closedAt == null && until != null && !today.isAfter(until);
    }

    /** The last day an event takes registrations: its registration deadline, else its last day. */
    static LocalDate until(Event event) {
        return event.registrationDeadline != null ? event.registrationDeadline : event.lastDay();
    }

    /** Today where the event is held (in its time zone, else UTC). */
    private LocalDate today(Event event) {
        ZoneId zone = event.timeZone != null ? ZoneId.of(event.timeZone) : ZoneOffset.UTC;
        return LocalDate.now(clock.withZone(zone));
    }

    /** The registration of the event as its organisers see it. */
    public RegistrationState state(EventAtHand event) {
        Event held = event.event();
        if (held == null) {
            return new RegistrationState(false, null, null, false, 0);
        }
        return new RegistrationState(
                held.registrationOpen,
                held.registrationKey == null ? null : "/register/" + held.registrationKey,
                until(held),
                accepts(held, today(held)),
                registrations.countPending(held, OffsetDateTime.now(clock)));
    }

    /** Opens the public form (its address is made the first time); 409 once the attendance is closed. */
    @Transactional
    public RegistrationState open(Project project, EventAtHand event) {
        AttendanceService.requireDescribed(event);
        Event held = locked(event.event());
        if (held.closedAt != null) {
            throw new ConflictProblem("closed", "the attendance of " + event.code() + " is closed: reopen it first");
        }
        if (!held.registrationOpen) {
            held.registrationOpen = true;
            if (held.registrationKey == null) {
                held.registrationKey = SecretTokens.next();
            }
            activity.record(project, Subject.registration(event.code()), "OPENED", null, Map.of("until", until(held)));
        }
        return state(new EventAtHand(event.owner(), held, event.organiser(), event.funder()));
    }

    /** Closes the public form: registrations still waiting for their confirmation are refused when confirmed. */
    @Transactional
    public RegistrationState close(Project project, EventAtHand event) {
        AttendanceService.requireDescribed(event);
        Event held = locked(event.event());
        if (held.registrationOpen) {
            held.registrationOpen = false;
            activity.record(project, Subject.registration(event.code()), "CLOSED", null, null);
        }
        return state(new EventAtHand(event.owner(), held, event.organiser(), event.funder()));
    }

    /** The event whose public form has this key; 404 for a key no event has. */
    public PublicEvent publicEvent(String key) {
        OwnedEvent owned = owned(key);
        return PublicEvent.of(key, owned.project, owned.code, owned.title, owned.event, today(owned.event));
    }

    /**
     * Records a registration asked on the public form by {@code client} (its network address) and has its
     * confirmation mailed: 410 when the event takes none, 400 for a form the checks refuse, 429 past a rate limit (per
     * event, per client, per e-mail address). Nothing goes on the list before the confirmation.
     */
    @Transactional
    public void request(String key, ParticipantInput input, String language, String client) {
        OwnedEvent owned = owned(key);
        // Locked: the event's registrations are counted and written one after the other.
        Event event = locked(owned.event);
        if (!accepts(event, today(event))) {
            throw new GoneProblem("Registration for this event is closed");
        }
        String email = Texts.strippedOrNull(input.email());
        if (email == null) {
            throw new InvalidDataProblem("email", "give your e-mail address: the confirmation is sent there");
        }
        Participant checked = attendance.prepared(event, input, ParticipantSource.REGISTERED, taken -> false);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (registrations.countSince(event, now.minus(config.eventWindow())) >= config.perEvent()) {
            LOG.warnf("Registrations of event %d stopped: %d in %s", event.id, config.perEvent(), config.eventWindow());
            throw new TooManyRequestsProblem(
                    "This event has taken many registrations in a short time; try again later", config.eventWindow());
        }
        String clientHash = Sha256.hex(client == null ? "" : client);
        if (registrations.countFromClient(clientHash, now.minus(config.clientWindow())) >= config.perClient()) {
            throw new TooManyRequestsProblem(
                    "Many registrations came from your network in a short time; try again later",
                    config.clientWindow());
        }
        if (registrations.countSince(event, email, now.minus(config.addressWindow())) >= config.perAddress()) {
            throw new TooManyRequestsProblem(
                    "This address was registered for this event " + config.perAddress()
                            + " times already; use the link in the mail it received",
                    config.addressWindow());
        }
        String token = SecretTokens.next();
        Registration registration = new Registration();
        registration.event = event;
        registration.tokenHash = Sha256.hex(token);
        registration.name = checked.name;
        registration.email = checked.email;
        registration.organisation = checked.organisation;
        registration.organisationType = checked.organisationType;
        registration.country = checked.country;
        registration.role = checked.role;
        registration.gender = checked.gender;
        registration.presence = checked.presence;
        registration.photoConsent = checked.photoConsent;
        registration.consentTextVersion = ConsentText.VERSION;
        registration.language = language;
        registration.clientHash = clientHash;
        registration.requestedAt = now;
        registration.expiresAt = now.plus(config.confirmWithin());
        registrations.persist(registration);
        requested.fire(new RegistrationRequested(
                owned.project.acronym,
                owned.code,
                owned.title,
                registration.email,
                "/register/confirm/" + token,
                language));
    }

    /** The registration a confirmation link stands for; 404 once confirmed, expired, or for a token never mailed. */
    public PendingRegistration pending(String token) {
        Registration registration = find(token);
        OwnedEvent owned = owned(registration.event.registrationKey);
        return new PendingRegistration(registration.name, owned.project.acronym, owned.code, owned.title);
    }

    /**
     * Confirms a registration: the person goes on the event's list (unless their address is on it already) and the
     * registration goes. 410 when the event stopped taking registrations meanwhile.
     */
    @Transactional
    public Confirmed confirm(String token) {
        // The event locked first, then the registration read again: a second click waits, then finds it gone (404).
        Event event = locked(find(token).event);
        Registration registration = find(token);
        OwnedEvent owned = owned(event.registrationKey);
        if (!accepts(event, today(event))) {
            throw new GoneProblem("Registration for this event closed before the confirmation");
        }
        PendingRegistration who =
                new PendingRegistration(registration.name, owned.project.acronym, owned.code, owned.title);
        boolean onTheList = participants.hasEmail(event, registration.email, null);
        if (!onTheList) {
            Participant participant =
                    attendance.prepared(event, registration.input(), ParticipantSource.REGISTERED, taken -> false);
            participant.consentTextVersion = registration.consentTextVersion;
            participant.language = registration.language;
            attendance.enlist(owned.project, owned.code, participant);
        }
        registrations.delete(registration);
        return new Confirmed(who, onTheList);
    }

    /** A confirmation: who, for which event, and whether their address was on the list already. */
    public record Confirmed(PendingRegistration registration, boolean alreadyListed) {}

    /**
     * Erases the registrations never confirmed once their link expired: what their people typed, and the mails to
     * them (their address).
     */
    @Scheduled(every = "1h", delayed = "2m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeExpired() {
        purgeAsOf(OffsetDateTime.now(clock));
    }

    /** Erases what expired before {@code now}: see {@link #purgeExpired}. */
    @Transactional
    public void purgeAsOf(OffsetDateTime now) {
        for (Object[] expired : registrations.expired(now)) {
            holders.forEach(holder -> holder.erase((String) expired[0], (String) expired[1], (String) expired[2]));
        }
        long erased = registrations.deleteExpired(now);
        if (erased > 0) {
            LOG.infof("Erased %d registration(s) never confirmed", erased);
        }
    }

    private Registration find(String token) {
        return registrations
                .findPending(Sha256.hex(token == null ? "" : token), OffsetDateTime.now(clock))
                .orElseThrow(() -> new NotFoundProblem("Registration", "for this link (used or expired)"));
    }

    private OwnedEvent owned(String key) {
        return (key == null ? Optional.<OwnedEvent>empty() : registrations.findEvent(key))
                .orElseThrow(() -> new NotFoundProblem("Registration form", "at this address"));
    }

    private Event locked(Event event) {
        return events.locked(event);
    }
}
