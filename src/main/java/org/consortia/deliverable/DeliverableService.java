package org.consortia.deliverable;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.consortia.activity.ActivityLog;
import org.consortia.activity.Subject;
import org.consortia.common.ConflictProblem;
import org.consortia.common.EntityTags;
import org.consortia.common.ForbiddenProblem;
import org.consortia.common.InvalidDataProblem;
import org.consortia.common.ManagedSets;
import org.consortia.common.NotFoundProblem;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.event.EventInput;
import org.consortia.event.EventService;
import org.consortia.partner.PartnerService;
import org.consortia.project.Project;
import org.consortia.project.ProjectRescheduled;
import org.consortia.security.Standing;
import org.consortia.workpackage.WorkPackageService;

@ApplicationScoped
public class DeliverableService {

    private final DeliverableRepository deliverables;
    private final WorkPackageService workPackages;
    private final PartnerService partners;
    private final EventService events;
    private final ActivityLog activity;
    private final Clock clock;

    DeliverableService(
            DeliverableRepository deliverables,
            WorkPackageService workPackages,
            PartnerService partners,
            EventService events,
            ActivityLog activity,
            Clock clock) {
        this.deliverables = deliverables;
        this.workPackages = workPackages;
        this.partners = partners;
        this.events = events;
        this.activity = activity;
        this.clock = clock;
    }

    /** A page of deliverables; in the funder's view, as the funder reads them ({@link FunderProjection}). */
    public Page<DeliverableView> page(
            Project project, DeliverableFilter filter, boolean funderView, PageRequest request) {
        Page<Deliverable> page = deliverables.page(project, filter, funderView, today(), request);
        return request.page(shown(views(page.items()), funderView), page.total());
    }

    /**
     * Every deliverable of the project in due order, whatever their number, in a fixed number of queries (for the
     * CSV and Excel exports); in the funder's view, as the funder reads them.
     */
    public List<DeliverableView> list(Project project, boolean funderView) {
        return shown(views(deliverables.listAll(project)), funderView);
    }

    /** One deliverable; in the funder's view, as the funder reads it. */
    public DeliverableView get(Project project, String code, boolean funderView) {
        return shown(List.of(view(find(project, code))), funderView).get(0);
    }

    /** A deliverable already found, as the API shows it (its contributors and dependencies read with it). */
    public DeliverableView view(Deliverable deliverable) {
        return views(List.of(deliverable)).get(0);
    }

    /**
     * The deliverable a URL names, its row locked until the transaction ends and its state read again once the lock
     * is held: for the changes that must not interleave, such as a submission and the withdrawal of the version it
     * submits.
     */
    public Deliverable findLocked(Project project, String code) {
        Deliverable deliverable = find(project, code);
        deliverables.lockAndRefresh(deliverable);
        return deliverable;
    }

    private static List<DeliverableView> shown(List<DeliverableView> views, boolean funderView) {
        return funderView ? views.stream().map(FunderProjection::of).toList() : views;
    }

    /** The deliverable a URL names, or a 404. */
    public Deliverable find(Project project, String code) {
        return lookUp(project, code)
                .orElseThrow(() -> new NotFoundProblem("Deliverable", code + " in " + project.acronym));
    }

    /** The deliverable of this code, if there is one: for callers whose 404 must not tell that it exists. */
    public Optional<Deliverable> lookUp(Project project, String code) {
        return deliverables.findByCode(project, code);
    }

    /** Every deliverable of the project in due order, for an export. */
    public List<DeliverableInput> export(Project project) {
        List<Deliverable> all = deliverables.listAll(project);
        Map<Long, TreeSet<String>> contributors = deliverables.contributorCodes(all);
        Map<Long, TreeSet<String>> dependencies = deliverables.dependencyCodes(all);
        Map<Long, TreeSet<String>> hosts = hostCodes(all);
        return all.stream()
                .map(d -> new DeliverableInput(
                        d.code,
                        d.title,
                        d.description,
                        d.workPackage.code(),
                        d.lead.code(),
                        List.copyOf(contributors.getOrDefault(d.id, new TreeSet<>())),
                        d.kind,
                        d.type,
                        d.disseminationLevel,
                        d.explicitDueDate == null ? d.dueMonth : null,
                        d.explicitDueDate,
                        d.forecastDate,
                        d.status,
                        List.copyOf(dependencies.getOrDefault(d.id, new TreeSet<>())),
                        eventOf(d, hosts)))
                .toList();
    }

    /**
     * A status that differs from the current one is written only by a platform administrator
     * (corrections, migrations); everyone else moves a deliverable through the workflow.
     */
    private static void setStatus(Deliverable deliverable, DeliverableStatus wanted, boolean mayCorrectStatus) {
        DeliverableStatus target = wanted != null ? wanted : deliverable.status;
        if (target != deliverable.status && !mayCorrectStatus) {
            throw new ConflictProblem(
                    "status",
                    deliverable.code + " is " + deliverable.status + "; its status moves through POST …/deliverables/"
                            + deliverable.code + "/transitions");
        }
        deliverable.status = target;
    }

    @Transactional
    public DeliverableView add(Project project, DeliverableInput input, boolean mayCorrectStatus) {
        if (deliverables.findByCode(project, input.code()).isPresent()) {
            throw new ConflictProblem("code", input.code() + " already exists in " + project.acronym);
        }
        events.requireNotMeetingCode(project, input.code());
        Deliverable deliverable = new Deliverable();
        deliverable.project = project;
        deliverable.code = input.code();
        apply(input, deliverable);
        setStatus(deliverable, input.status(), mayCorrectStatus);
        deliverables.persist(deliverable);
        deliverables.flush();
        link(project, Map.of(deliverable, input.dependencyCodes()));
        DeliverableView view = views(List.of(deliverable)).get(0);
        activity.record(project, subject(view), "CREATED", null, view);
        return view;
    }

    @Transactional
    public DeliverableView update(
            Project project, String code, String ifMatch, DeliverableInput input, boolean mayCorrectStatus) {
        if (!code.equals(input.code())) {
            throw new InvalidDataProblem("code", "the code of a deliverable cannot be changed (it is " + code + ")");
        }
        Deliverable deliverable = find(project, code);
        EntityTags.requireMatch(ifMatch, deliverable.version);
        requireInPlan(deliverable);
        DeliverableView before = views(List.of(deliverable)).get(0);
        apply(input, deliverable);
        setStatus(deliverable, input.status(), mayCorrectStatus);
        link(project, Map.of(deliverable, input.dependencyCodes()));
        deliverables.flush();
        DeliverableView after = views(List.of(deliverable)).get(0);
        activity.recordChange(project, FunderProjection.change(code, before.status(), after.status()), before, after);
        return after;
    }

    /**
     * The update a caller of the given standing may make ({@link DeliverablePart#changeableBy}): the coordinator (or an
     * administrator) anything; the lead partner and the host its event; the lead of its work package its forecast
     * (403 otherwise). A stale {@code If-Match} is a 412 before the parts are compared. The API and the pages both
     * come through here, so the rule holds whichever way the change arrives.
     */
    @Transactional
    public DeliverableView updateAs(
            Project project,
            Standing standing,
            String code,
            String ifMatch,
            DeliverableInput input,
            boolean mayCorrectStatus) {
        if (!standing.managesPlan()) {
            DeliverableView current = get(project, code, standing.isReviewer());
            Set<DeliverablePart> allowed = changeableParts(project, standing, current);
            if (allowed.isEmpty()) {
                throw new ForbiddenProblem("Only the coordinator, the lead partner " + current.lead()
                        + (current.eventHosts().isEmpty() ? "" : ", the hosts " + current.eventHosts())
                        + " or the lead of work package " + current.workPackage() + " may change " + code);
            }
            EntityTags.requireMatch(ifMatch, current.version());
            if (!allowed.containsAll(input.changedParts(current))) {
                throw new ForbiddenProblem("You may change " + describe(allowed) + " of " + code
                        + "; its plan (title, contractual date, partners, dependencies…) is the coordinator's to"
                        + " change, and its status moves through …/transitions");
            }
        }
        return update(project, code, ifMatch, input, mayCorrectStatus);
    }

    /** The parts of {@code deliverable} that {@code standing} may change ({@link DeliverablePart#changeableBy}). */
    public Set<DeliverablePart> changeableParts(Project project, Standing standing, DeliverableView deliverable) {
        return DeliverablePart.changeableBy(
                standing, deliverable.lead(), deliverable.eventHosts(), workPackageLead(project, deliverable));
    }

    /**
     * Moves the forecast of {@code code} to {@code forecastDate} (null: on its due date), as {@code standing} may
     * ({@link #updateAs}): the form of the deliverable page.
     */
    @Transactional
    public DeliverableView moveForecast(Project project, Standing standing, String code, LocalDate forecastDate) {
        DeliverableView current = get(project, code, standing.isReviewer());
        return updateAs(project, standing, code, null, DeliverableInput.withForecast(current, forecastDate), false);
    }

    /** The partner leading the deliverable's work package; null when it has none. */
    private String workPackageLead(Project project, DeliverableView deliverable) {
        return workPackages.get(project, deliverable.workPackage()).lead();
    }

    private static String describe(Set<DeliverablePart> parts) {
        return parts.stream()
                .map(part -> part == DeliverablePart.EVENT ? "the event details" : "the forecast date")
                .collect(Collectors.joining(" and "));
    }

    /**
     * The deliverable, if the caller may change its event details: the coordinator (or an administrator), its lead
     * partner, or the partner hosting its event ({@link Standing#mayRecordEvent}); a 403 for anyone else who sees it.
     */
    public DeliverableView eventEditableBy(Project project, Standing standing, String code) {
        DeliverableView current = get(project, code, standing.isReviewer());
        if (!standing.mayRecordEvent(current.lead(), current.eventHosts())) {
            throw new ForbiddenProblem("Only " + current.eventOrganisers() + " may change " + code);
        }
        return current;
    }

    /**
     * Creates or updates the deliverable without touching its dependencies: a plan import writes every
     * deliverable first, then links them all with {@link #link}.
     */
    @Transactional
    public Deliverable upsert(Project project, DeliverableInput input, boolean mayCorrectStatus) {
        Deliverable deliverable = deliverables.findByCode(project, input.code()).orElseGet(() -> {
            events.requireNotMeetingCode(project, input.code());
            Deliverable created = new Deliverable();
            created.project = project;
            created.code = input.code();
            return created;
        });
        apply(input, deliverable);
        setStatus(deliverable, input.status(), mayCorrectStatus);
        if (!deliverables.isPersistent(deliverable)) {
            deliverables.persist(deliverable);
        }
        return deliverable;
    }

    /** Sets what each deliverable depends on (codes in the same project), refusing unknown codes and cycles. */
    @Transactional
    public void link(Project project, Map<Deliverable, List<String>> dependsOn) {
        Set<String> wanted =
                dependsOn.values().stream().flatMap(List::stream).collect(Collectors.toCollection(LinkedHashSet::new));
        Map<String, Deliverable> byCode = deliverables.findByCodes(project, wanted).stream()
                .collect(Collectors.toMap(d -> d.code, Function.identity()));
        DependencyGraph graph = DependencyGraph.of(deliverables.dependencyEdges(project));
        dependsOn.forEach((deliverable, codes) -> {
            Set<Deliverable> targets = new HashSet<>();
            for (String code : codes) {
                Deliverable target = byCode.get(code);
                if (target == null) {
                    throw new InvalidDataProblem(
                            "dependsOn",
                            deliverable.code + " depends on " + code + ", which is not a deliverable of "
                                    + project.acronym);
                }
                targets.add(target);
            }
            ManagedSets.replace(deliverable.dependsOn, targets);
            graph.replace(deliverable.code, new HashSet<>(codes));
        });
        graph.cycle().ifPresent(cycle -> {
            throw new ConflictProblem("dependsOn", "dependencies may not form a cycle: " + String.join(" → ", cycle));
        });
    }

    /**
     * Removes the deliverables whose code is not among {@code kept}, with the links between them; refuses (409) when
     * one of them reached the funder.
     */
    @Transactional
    public void removeAllExcept(Project project, Set<String> kept) {
        List<Deliverable> removed = deliverables.listAll(project).stream()
                .filter(deliverable -> !kept.contains(deliverable.code))
                .toList();
        List<String> received = removed.stream()
                .filter(FunderProjection::received)
                .map(deliverable -> deliverable.code)
                .toList();
        if (!received.isEmpty()) {
            throw new ConflictProblem(
                    "deliverables",
                    String.join(", ", received) + " reached the funder and cannot be removed: what the funder"
                            + " received is never erased; archive what must leave the plan (POST …/deliverables/"
                            + received.get(0) + "/archive), and an import leaves it archived");
        }
        removed.forEach(deliverable -> deliverable.dependsOn.clear());
        deliverables.flush();
        removed.forEach(deliverable -> remove(project, deliverable.code));
    }

    /** Removes a deliverable; refuses (409) one that reached the funder, or one that others depend on. */
    @Transactional
    public void remove(Project project, String code) {
        Deliverable deliverable = find(project, code);
        if (FunderProjection.received(deliverable)) {
            throw new ConflictProblem(
                    "code",
                    code + " reached the funder and cannot be removed: what the funder received is never erased;"
                            + " archive it if it must leave the plan (POST …/deliverables/" + code + "/archive)");
        }
        List<String> dependents = deliverables.dependents(deliverable);
        if (!dependents.isEmpty()) {
            throw new ConflictProblem(
                    "code", String.join(", ", dependents) + " depend(s) on " + code + "; remove that dependency first");
        }
        if (deliverable.event != null) {
            events.removing(deliverable.event);
        }
        DeliverableView before = views(List.of(deliverable)).get(0);
        activity.record(project, subject(before), "REMOVED", before, null);
        deliverables.delete(deliverable);
    }

    /**
     * Moves {@code code}'s contractual due date to the end of {@code month}, or to {@code fixedDate} within it: what an
     * approved amendment does, the only way once the project is under way.
     */
    @Transactional
    public void amendDueDate(Project project, String code, int month, LocalDate fixedDate) {
        Deliverable deliverable = find(project, code);
        DeliverableView before = view(deliverable);
        deliverable.dueMonth = month;
        deliverable.explicitDueDate = fixedDate;
        deliverable.schedule();
        deliverables.flush();
        DeliverableView after = view(deliverable);
        activity.recordChange(project, subject(after), before, after);
    }

    /**
     * Takes the deliverable out of the plan, for {@code reason}: it stays, with its files, comments and history, at its
     * address, but is no longer listed, due or overdue. 409 if it already left.
     */
    @Transactional
    public DeliverableView archive(Project project, String code, ArchiveInput input) {
        Deliverable deliverable = find(project, code);
        requireInPlan(deliverable);
        DeliverableView before = view(deliverable);
        deliverable.archivedAt = OffsetDateTime.now(clock);
        deliverable.archiveReason = input.reason().strip();
        deliverables.flush();
        DeliverableView after = view(deliverable);
        activity.record(project, subject(after), "ARCHIVED", before, after);
        return after;
    }

    /** Brings an archived deliverable back into the plan; 409 if it is in it. */
    @Transactional
    public DeliverableView restore(Project project, String code) {
        Deliverable deliverable = find(project, code);
        if (deliverable.archivedAt == null) {
            throw new ConflictProblem("code", code + " is in the plan of " + project.acronym + ": it is not archived");
        }
        DeliverableView before = view(deliverable);
        deliverable.archivedAt = null;
        deliverable.archiveReason = null;
        deliverables.flush();
        DeliverableView after = view(deliverable);
        activity.record(project, subject(after), "RESTORED", before, after);
        return after;
    }

    /** Refuses (409) a change of a deliverable that left the plan: it is restored first. */
    public static void requireInPlan(Deliverable deliverable) {
        if (deliverable.archivedAt != null) {
            throw new ConflictProblem(
                    "code",
                    deliverable.code + " left the plan on " + deliverable.archivedAt.toLocalDate() + " (archived: "
                            + deliverable.archiveReason + "); restore it first (DELETE …/deliverables/"
                            + deliverable.code + "/archive)");
        }
    }

    /** Reviewers read about a deliverable once it has reached them. */
    private static Subject subject(DeliverableView view) {
        return FunderProjection.change(view.code(), view.status(), view.status());
    }

    void reschedule(@Observes ProjectRescheduled event) {
        Project project = event.project();
        for (Deliverable deliverable : deliverables.listEvery(project)) {
            if (deliverable.explicitDueDate == null && deliverable.dueMonth > project.durationMonths()) {
                throw new ConflictProblem(
                        "endDate",
                        deliverable.code + " is due in month " + deliverable.dueMonth + ", after the new end of "
                                + project.acronym);
            }
            project.requireStillCovers(deliverable.code, deliverable.explicitDueDate);
            LocalDate dueBefore = deliverable.dueDate;
            deliverable.schedule();
            project.requireContractualDateKept("startDate", deliverable.code, dueBefore, deliverable.dueDate);
        }
    }

    /**
     * Writes the input into the deliverable. Its due date is contractual: once the project is under way, it changes
     * only by an amendment (409 otherwise, {@link Project#requireContractualDateKept}); its forecast is the
     * consortium's.
     */
    private void apply(DeliverableInput input, Deliverable deliverable) {
        Project project = deliverable.project;
        LocalDate dueBefore = deliverable.dueDate;
        int dueMonth = project.dueMonth(input.dueMonth(), input.dueDate());
        if (input.event() != null && !input.kind().isEvent()) {
            throw new InvalidDataProblem(
                    "event",
                    "only meetings, trainings, national events and conferences"
                            + " have event details; this deliverable is a " + input.kind());
        }
        project.requireForecast("forecastDate", input.forecastDate());
        deliverable.title = input.title().strip();
        deliverable.description = input.description();
        deliverable.workPackage = workPackages.require(project, input.workPackage(), "workPackage");
        deliverable.lead = partners.require(project, input.lead(), "lead");
        ManagedSets.replace(
                deliverable.contributors, partners.requireAll(project, input.contributorCodes(), "contributors"));
        deliverable.kind = input.kind();
        deliverable.type = Objects.requireNonNullElse(input.type(), DeliverableType.R);
        deliverable.disseminationLevel = Objects.requireNonNullElse(input.disseminationLevel(), DisseminationLevel.PU);
        deliverable.dueMonth = dueMonth;
        deliverable.explicitDueDate = project.fixedDueDate(input.dueMonth(), input.dueDate());
        deliverable.schedule();
        project.requireContractualDateKept("dueMonth", deliverable.code, dueBefore, deliverable.dueDate);
        deliverable.forecast(input.forecastDate());
        EventInput eventBefore = events.details(deliverable.event);
        deliverable.event = events.write(project, input.event(), deliverable.event);
        if (deliverables.isPersistent(deliverable) && !Objects.equals(eventBefore, events.details(deliverable.event))) {
            deliverables.touch(deliverable);
        }
    }

    private List<DeliverableView> views(List<Deliverable> page) {
        Map<Long, TreeSet<String>> contributors = deliverables.contributorCodes(page);
        Map<Long, TreeSet<String>> dependencies = deliverables.dependencyCodes(page);
        Map<Long, TreeSet<String>> hosts = hostCodes(page);
        LocalDate today = today();
        return page.stream()
                .map(d -> new DeliverableView(
                        d.code,
                        d.title,
                        d.description,
                        d.workPackage.code(),
                        d.lead.code(),
                        List.copyOf(contributors.getOrDefault(d.id, new TreeSet<>())),
                        d.kind,
                        d.type,
                        d.disseminationLevel,
                        d.dueMonth,
                        d.dueDate,
                        d.explicitDueDate != null,
                        d.expectedDate(),
                        d.status,
                        FunderProjection.status(d),
                        d.isOverdue(today),
                        List.copyOf(dependencies.getOrDefault(d.id, new TreeSet<>())),
                        eventOf(d, hosts),
                        WorkflowState.of(d),
                        ArchiveNote.of(d),
                        d.version))
                .toList();
    }

    private Map<Long, TreeSet<String>> hostCodes(List<Deliverable> all) {
        return events.hostCodes(
                all.stream().map(d -> d.event).filter(Objects::nonNull).toList());
    }

    private static EventInput eventOf(Deliverable d, Map<Long, TreeSet<String>> hosts) {
        return d.event == null ? null : EventInput.of(d.event, hosts.getOrDefault(d.event.id, new TreeSet<>()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
