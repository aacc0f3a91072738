package org.consortia.timesheet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.consortia.common.ConflictProblem;
import org.consortia.common.EntityTags;
import org.consortia.common.ForbiddenProblem;
import org.consortia.common.InvalidDataProblem;
import org.consortia.common.NotFoundProblem;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.common.Texts;
import org.consortia.organisation.Organisation;
import org.consortia.organisation.OrganisationService;
import org.consortia.project.Project;
import org.consortia.security.Identity;
import org.consortia.security.People;
import org.consortia.security.Person;
import org.consortia.timesheet.TimesheetRules.Relation;
import org.consortia.workpackage.WorkPackage;
import org.consortia.workpackage.WorkPackageRemoving;

/**
 * Staff members' time records (docs/finances.md): a month's hours per work package, written while open by the person
 * or a supervisor of their organisation, signed by the person, countersigned by a supervisor, then kept as signed.
 * Personal data: a timesheet is read only by its person, the supervisors of its organisation and administrators; to
 * anyone else it does not exist (404).
 */
@ApplicationScoped
public class TimesheetService {

    private final TimesheetRepository sheets;
    private final People people;
    private final OrganisationService organisations;
    private final TimesheetsConfig config;
    private final Clock clock;

    TimesheetService(
            TimesheetRepository sheets,
            People people,
            OrganisationService organisations,
            TimesheetsConfig config,
            Clock clock) {
        this.sheets = sheets;
        this.people = people;
        this.organisations = organisations;
        this.config = config;
        this.clock = clock;
    }

    /**
     * {@code username}'s timesheet of {@code month} as {@code caller} reads it; an empty open month for its person and
     * their supervisors when nothing is recorded yet.
     */
    public TimesheetView get(Identity caller, String username, YearMonth month) {
        Person owner = owner(username, month);
        Optional<Timesheet> stored = sheets.find(owner, month.atDay(1));
        if (stored.isPresent()) {
            Timesheet sheet = stored.get();
            Relation relation = readable(caller, sheet);
            return view(sheet, sheets.entries(sheet), relation);
        }
        Organisation organisation = soleOrganisation(owner);
        Relation relation =
                TimesheetRules.relation(caller, owner.username, owner.identity().organisations());
        if (!relation.reads()) {
            throw notFound(username, month);
        }
        return new TimesheetView(
                owner.username,
                owner.name,
                organisation == null ? null : organisation.code,
                month.toString(),
                TimesheetStatus.OPEN,
                List.of(),
                BigDecimal.ZERO.setScale(2),
                BigDecimal.ZERO.setScale(2),
                TimesheetRules.possibleHours(month, config.maxWeeklyHours()),
                organisation == null ? config.productiveHours() : productiveHours(organisation, owner),
                null,
                null,
                null,
                null,
                new TimesheetView.Actions(relation.edits(), false, false, false),
                0);
    }

    /**
     * The work packages the month {@code sheet} (as {@link #get} gave it to its reader) may record hours on: those of
     * the projects of its organisation running then, each within its own months.
     */
    public List<WorkPackage> recordable(TimesheetView sheet) {
        if (sheet.organisation() == null) {
            return List.of();
        }
        YearMonth month = sheet.calendarMonth();
        return underWay(running(organisations.find(sheet.organisation()), month), month);
    }

    /**
     * Replaces the month's hours with {@code input}, checked whole first (400 naming the field): work packages of the
     * organisation's projects running that month, each once, and no more hours than the month may hold. Only an open
     * month changes (409 otherwise); with {@code If-Match}, only as last read (412).
     */
    @Transactional
    public void replace(Identity caller, String username, YearMonth month, String ifMatch, TimesheetInput input) {
        Person owner = owner(username, month);
        Optional<Timesheet> stored = sheets.find(owner, month.atDay(1));
        Organisation organisation = stored.map(sheet -> sheet.organisation)
                .orElseGet(() -> chosenOrganisation(caller, owner, input.organisation(), month));
        Relation relation = TimesheetRules.relation(caller, owner.username, organisation.code);
        if (!relation.reads()) {
            throw notFound(username, month);
        }
        if (!relation.edits()) {
            throw new ForbiddenProblem("Only " + username + " and the supervisors of " + organisation.code
                    + " change the hours of " + username + "'s timesheets");
        }
        if (input.organisation() != null && !input.organisation().equals(organisation.code)) {
            throw new InvalidDataProblem(
                    "organisation", "the timesheet of " + month + " records time for " + organisation.code);
        }
        if (stored.isPresent()) {
            EntityTags.requireMatch(ifMatch, stored.get().version);
            requireOpen(stored.get(), month);
        }
        if (month.isAfter(YearMonth.now(clock))) {
            throw new InvalidDataProblem("month", month + " has not begun: hours are recorded once worked");
        }
        List<WorkPackage> chosen = check(input, organisation, month);
        Timesheet sheet = stored.orElseGet(() -> {
            Timesheet created = new Timesheet();
            created.person = owner;
            created.organisation = organisation;
            created.month = month.atDay(1);
            sheets.persist(created);
            return created;
        });
        if (stored.isPresent()) {
            sheets.deleteEntries(sheet);
            sheets.moveVersionOn(sheet);
        }
        for (int i = 0; i < chosen.size(); i++) {
            TimesheetInput.Entry typed = input.entries().get(i);
            TimesheetEntry entry = new TimesheetEntry();
            entry.timesheet = sheet;
            entry.workPackage = chosen.get(i);
            entry.hours = typed.hours().setScale(2);
            entry.description = typed.description().strip();
            sheets.persist(entry);
        }
        sheets.flush();
    }

    /**
     * Signs the month: its person signs an open month that records hours; then a supervisor of its organisation (not
     * the person) countersigns it, which closes it with the productive hours in force. 409 out of turn; 403 for an
     * administrator, who reads but does not sign. Returns where the month stands now.
     */
    @Transactional
    public TimesheetStatus sign(Identity caller, String username, YearMonth month, String ifMatch) {
        Timesheet sheet = stored(caller, username, month);
        Relation relation = TimesheetRules.relation(caller, username, sheet.organisation.code);
        EntityTags.requireMatch(ifMatch, sheet.version);
        switch (relation) {
            case OWNER -> {
                if (sheet.status == TimesheetStatus.SIGNED) {
                    throw new ConflictProblem(
                            "status",
                            "the timesheet of " + month + " is signed: a supervisor of " + sheet.organisation.code
                                    + " other than " + username + " countersigns it");
                }
                requireOpen(sheet, month);
                if (sheets.entries(sheet).isEmpty()) {
                    throw new ConflictProblem("entries", "the timesheet of " + month + " records no hours to sign");
                }
                sheet.status = TimesheetStatus.SIGNED;
                sheet.signedAt = OffsetDateTime.now(clock);
                sheet.returnedComment = null;
            }
            case SUPERVISOR -> {
                if (sheet.status != TimesheetStatus.SIGNED) {
                    throw new ConflictProblem(
                            "status",
                            sheet.status == TimesheetStatus.OPEN
                                    ? username + " has not signed the timesheet of " + month + " yet"
                                    : "the timesheet of " + month + " is closed");
                }
                sheet.status = TimesheetStatus.CLOSED;
                sheet.supervisor = people.byUsername(caller.username()).orElseThrow();
                sheet.countersignedAt = OffsetDateTime.now(clock);
                sheet.productiveHours = productiveHours(sheet.organisation, sheet.person);
            }
            default ->
                throw new ForbiddenProblem("Only " + username + " and a supervisor of " + sheet.organisation.code
                        + " sign this timesheet");
        }
        return sheet.status;
    }

    /**
     * Takes a signed month back to open: its person withdrawing their signature, or a supervisor sending it back with
     * a {@code comment} (required, 400). A closed month is kept as signed (409).
     */
    @Transactional
    public void reopen(Identity caller, String username, YearMonth month, String ifMatch, String comment) {
        Timesheet sheet = stored(caller, username, month);
        Relation relation = TimesheetRules.relation(caller, username, sheet.organisation.code);
        if (!relation.edits()) {
            throw new ForbiddenProblem(
                    "Only " + username + " and a supervisor of " + sheet.organisation.code + " reopen this timesheet");
        }
        EntityTags.requireMatch(ifMatch, sheet.version);
        if (sheet.status != TimesheetStatus.SIGNED) {
            throw new ConflictProblem(
                    "status",
                    sheet.status == TimesheetStatus.OPEN
                            ? "the timesheet of " + month + " is open already"
                            : "the timesheet of " + month + " is closed: it is kept as signed");
        }
        String reason = Texts.strippedOrNull(comment);
        if (relation == Relation.SUPERVISOR && reason == null) {
            throw new InvalidDataProblem("comment", "say what " + username + " should change");
        }
        if (reason != null && reason.length() > 2000) {
            throw new InvalidDataProblem("comment", "a comment takes at most 2,000 characters");
        }
        sheet.status = TimesheetStatus.OPEN;
        sheet.signedAt = null;
        sheet.returnedComment = relation == Relation.SUPERVISOR ? reason : null;
    }

    /** A page of the timesheets {@code caller} reads, the latest month first, narrowed as asked. */
    public Page<TimesheetSummary> list(
            Identity caller, String username, String organisation, TimesheetStatus status, PageRequest request) {
        Optional<Person> reader = people.byUsername(caller.username());
        if (reader.isEmpty() && !caller.isPlatformAdmin()) {
            return request.page(List.of(), 0);
        }
        Set<String> supervised = caller.hasRole(Identity.FINANCE) ? caller.organisations() : Set.of();
        TimesheetRepository.Filter filter = new TimesheetRepository.Filter(
                caller.isPlatformAdmin(), reader.orElse(null), supervised, username, organisation, status);
        List<Timesheet> page = sheets.page(filter, request);
        Map<Long, BigDecimal> hours = new HashMap<>();
        for (Object[] row : sheets.totalHours(page)) {
            hours.put((Long) row[0], ((BigDecimal) row[1]).setScale(2));
        }
        return request.page(
                page.stream()
                        .map(t -> new TimesheetSummary(
                                t.person.username,
                                t.person.name,
                                t.organisation.code,
                                YearMonth.from(t.month).toString(),
                                t.status,
                                hours.getOrDefault(t.id, BigDecimal.ZERO.setScale(2))))
                        .toList(),
                sheets.count(filter));
    }

    /** A closed month, to print; 404 as for reading it, 409 while it is not closed. */
    public TimesheetView closed(Identity caller, String username, YearMonth month) {
        Timesheet sheet = stored(caller, username, month);
        if (sheet.status != TimesheetStatus.CLOSED) {
            throw new ConflictProblem(
                    "status", "the timesheet of " + month + " is printed once closed, countersigned by a supervisor");
        }
        return view(sheet, sheets.entries(sheet), TimesheetRules.relation(caller, username, sheet.organisation.code));
    }

    /**
     * The person-months {@code organisation}'s staff recorded on each work package of {@code project} (by id) in the
     * closed timesheets of the calendar months that begin from {@code from} to {@code to}: what a financial statement
     * takes from the timesheets. Rounded to two decimals, half up, per work package.
     */
    public Map<Long, BigDecimal> closedPersonMonths(
            Organisation organisation, Project project, LocalDate from, LocalDate to) {
        Map<Long, BigDecimal> byWorkPackage = new HashMap<>();
        for (Object[] row : sheets.closedPersonMonths(organisation, project, from.withDayOfMonth(1), to)) {
            byWorkPackage.put((Long) row[0], ((BigDecimal) row[1]).setScale(2, RoundingMode.HALF_UP));
        }
        return byWorkPackage;
    }

    /** A work package with hours on it keeps them: removing it is a 409, before anything is deleted. */
    void keepRecordedHours(@Observes WorkPackageRemoving event) {
        if (sheets.hasHours(event.workPackage())) {
            throw new ConflictProblem(
                    "number",
                    event.workPackage().code() + " has hours in staff timesheets: they are time records for"
                            + " personnel costs and keep it");
        }
    }

    /** The annual productive hours of {@code person} at {@code organisation}: their own, the organisation's, 1,720. */
    BigDecimal productiveHours(Organisation organisation, Person person) {
        return sheets.productiveHours(organisation, person).stream()
                .findFirst()
                .map(h -> h.hours)
                .orElse(config.productiveHours())
                .setScale(2);
    }

    private List<WorkPackage> check(TimesheetInput input, Organisation organisation, YearMonth month) {
        List<WorkPackage> ofRunningProjects = running(organisation, month);
        List<WorkPackage> recordable = underWay(ofRunningProjects, month);
        Map<String, WorkPackage> byKey = new HashMap<>();
        recordable.forEach(w -> byKey.put(w.project.acronym + "/" + w.code(), w));
        Set<String> projects = recordable.stream().map(w -> w.project.acronym).collect(Collectors.toSet());
        Set<String> running =
                ofRunningProjects.stream().map(w -> w.project.acronym).collect(Collectors.toSet());
        Set<String> seen = new HashSet<>();
        List<WorkPackage> chosen = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < input.entries().size(); i++) {
            TimesheetInput.Entry entry = input.entries().get(i);
            String field = "entries[" + i + "]";
            checkTyped(entry, field);
            if (!running.contains(entry.project())) {
                throw new InvalidDataProblem(
                        field + ".project",
                        entry.project() + " is not a project of " + organisation.code + " running in " + month);
            }
            WorkPackage workPackage = byKey.get(entry.project() + "/" + entry.workPackage());
            if (workPackage == null) {
                throw new InvalidDataProblem(
                        field + ".workPackage",
                        entry.workPackage() + " is not a work package of " + entry.project() + " under way in " + month
                                + (projects.contains(entry.project())
                                        ? " ("
                                                + recordable.stream()
                                                        .filter(w -> w.project.acronym.equals(entry.project()))
                                                        .map(WorkPackage::code)
                                                        .collect(Collectors.joining(", "))
                                                + ")"
                                        : ""));
            }
            if (!seen.add(entry.project() + "/" + entry.workPackage())) {
                throw new InvalidDataProblem(
                        field + ".workPackage", entry.project() + " " + entry.workPackage() + " is listed twice");
            }
            chosen.add(workPackage);
            total = total.add(entry.hours());
        }
        BigDecimal possible = TimesheetRules.possibleHours(month, config.maxWeeklyHours());
        if (total.compareTo(possible) > 0) {
            throw new InvalidDataProblem(
                    "entries",
                    "the hours add up to " + total.stripTrailingZeros().toPlainString() + ", more than the "
                            + possible.toPlainString() + " a month of " + month.lengthOfMonth() + " days holds at "
                            + config.maxWeeklyHours() + " hours a week");
        }
        return chosen;
    }

    /** What an entry says of itself, for the pages as for the API: hours above zero to the cent, a description. */
    static void checkTyped(TimesheetInput.Entry entry, String field) {
        if (entry.project() == null || entry.project().isBlank()) {
            throw new InvalidDataProblem(field + ".project", "name the project");
        }
        if (entry.workPackage() == null || entry.workPackage().isBlank()) {
            throw new InvalidDataProblem(field + ".workPackage", "name the work package");
        }
        if (entry.hours() == null || entry.hours().signum() <= 0) {
            throw new InvalidDataProblem(
                    field + ".hours", entry.project() + " " + entry.workPackage() + ": the hours must be more than 0");
        }
        if (entry.hours().stripTrailingZeros().scale() > 2 || entry.hours().compareTo(BigDecimal.valueOf(1000)) >= 0) {
            throw new InvalidDataProblem(
                    field + ".hours",
                    entry.project() + " " + entry.workPackage()
                            + ": the hours are counted to the hundredth, under 1000");
        }
        if (entry.description() == null || entry.description().isBlank()) {
            throw new InvalidDataProblem(
                    field + ".description",
                    entry.project() + " " + entry.workPackage() + ": say what was done in these hours");
        }
        if (entry.description().strip().length() > 500) {
            throw new InvalidDataProblem(
                    field + ".description",
                    entry.project() + " " + entry.workPackage() + ": the description takes at most 500 characters");
        }
    }

    /** The work packages of {@code organisation}'s projects running in {@code month}, in one query. */
    private List<WorkPackage> running(Organisation organisation, YearMonth month) {
        return sheets.workPackagesOf(organisation, month.atDay(1), month.atEndOfMonth());
    }

    /** Those of {@code workPackages} under way in {@code month}, each within its own months. */
    private static List<WorkPackage> underWay(List<WorkPackage> workPackages, YearMonth month) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        return workPackages.stream()
                .filter(w -> !w.project.startOfMonth(w.startMonth).isAfter(last)
                        && !w.project.endOfMonth(w.endMonth).isBefore(first))
                .toList();
    }

    private Timesheet stored(Identity caller, String username, YearMonth month) {
        Timesheet sheet = sheets.find(owner(username, month), month.atDay(1)).orElse(null);
        if (sheet == null) {
            if (caller.username().equals(username)) {
                throw new ConflictProblem("entries", "the timesheet of " + month + " records no hours yet");
            }
            throw notFound(username, month);
        }
        readable(caller, sheet);
        return sheet;
    }

    private static Relation readable(Identity caller, Timesheet sheet) {
        Relation relation = TimesheetRules.relation(caller, sheet.person.username, sheet.organisation.code);
        if (!relation.reads()) {
            throw notFound(sheet.person.username, YearMonth.from(sheet.month));
        }
        return relation;
    }

    private static void requireOpen(Timesheet sheet, YearMonth month) {
        if (sheet.status != TimesheetStatus.OPEN) {
            throw new ConflictProblem(
                    "status",
                    sheet.status == TimesheetStatus.SIGNED
                            ? "the timesheet of " + month + " is signed: reopen it to change its hours"
                            : "the timesheet of " + month + " is closed: it is kept as signed");
        }
    }

    /** The person of {@code username}; the same 404 as for a timesheet the caller may not read when there is none. */
    private Person owner(String username, YearMonth month) {
        return people.byUsername(username).orElseThrow(() -> notFound(username, month));
    }

    private static NotFoundProblem notFound(String username, YearMonth month) {
        return new NotFoundProblem("Timesheet", username + "/" + month);
    }

    /** The person's only organisation; null when they have none or several (they name it). */
    private Organisation soleOrganisation(Person owner) {
        Set<String> codes = owner.identity().organisations();
        return codes.size() == 1 ? organisations.lookUp(codes.iterator().next()).orElse(null) : null;
    }

    /**
     * The organisation a new month records time for: the one named, or the person's only one (400 otherwise). Whoever
     * is neither the person, a supervisor of one of their organisations nor an administrator learns nothing: 404.
     */
    private Organisation chosenOrganisation(Identity caller, Person owner, String named, YearMonth month) {
        Set<String> codes = new TreeSet<>(owner.identity().organisations());
        if (!TimesheetRules.relation(caller, owner.username, codes).reads()) {
            throw notFound(owner.username, month);
        }
        if (named == null) {
            if (codes.size() != 1) {
                throw new InvalidDataProblem(
                        "organisation",
                        codes.isEmpty()
                                ? owner.username + " belongs to no organisation: there is nobody to record time for"
                                : "name the organisation this month records time for: one of " + codes);
            }
            named = codes.iterator().next();
        }
        if (!codes.contains(named)) {
            throw new InvalidDataProblem(
                    "organisation", owner.username + " does not work for " + named + ": one of " + codes);
        }
        String code = named;
        return organisations
                .lookUp(code)
                .orElseThrow(() -> new InvalidDataProblem(
                        "organisation", code + " is not an organisation registered on the platform"));
    }

    private TimesheetView view(Timesheet sheet, List<TimesheetEntry> entries, Relation relation) {
        YearMonth month = YearMonth.from(sheet.month);
        BigDecimal productive = sheet.productiveHours != null
                ? sheet.productiveHours
                : productiveHours(sheet.organisation, sheet.person);
        BigDecimal total = entries.stream().map(e -> e.hours).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        boolean open = sheet.status == TimesheetStatus.OPEN;
        boolean signed = sheet.status == TimesheetStatus.SIGNED;
        return new TimesheetView(
                sheet.person.username,
                sheet.person.name,
                sheet.organisation.code,
                month.toString(),
                sheet.status,
                entries.stream()
                        .map(e -> new TimesheetView.Entry(
                                e.workPackage.project.acronym,
                                e.workPackage.code(),
                                e.workPackage.title,
                                e.hours,
                                TimesheetRules.personMonths(e.hours, productive),
                                e.description))
                        .toList(),
                total,
                TimesheetRules.personMonths(total, productive),
                TimesheetRules.possibleHours(month, config.maxWeeklyHours()),
                productive,
                sheet.signedAt,
                sheet.supervisor == null
                        ? null
                        : new TimesheetView.Signatory(sheet.supervisor.username, sheet.supervisor.name),
                sheet.countersignedAt,
                sheet.returnedComment,
                new TimesheetView.Actions(
                        open && relation.edits(),
                        open && relation == Relation.OWNER && !entries.isEmpty(),
                        signed && relation == Relation.SUPERVISOR,
                        signed && relation.edits()),
                sheet.version);
    }
}
