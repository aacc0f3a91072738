package org.consortia.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.consortia.activity.ActivityLog;
import org.consortia.activity.Subject;
import org.consortia.common.ConflictProblem;
import org.consortia.common.EntityTags;
import org.consortia.common.InvalidDataProblem;
import org.consortia.common.NotFoundProblem;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.common.ProblemException;
import org.consortia.deliverable.DeliverableService;
import org.consortia.event.EventInput;
import org.consortia.event.EventService;
import org.consortia.project.Project;
import org.consortia.security.Standing;
import org.consortia.workpackage.WorkPackage;
import org.consortia.workpackage.WorkPackageRemoving;
import org.consortia.workpackage.WorkPackageService;

/**
 * A project's meetings that are not deliverables. The coordinator and the lead of a meeting's work package plan it
 * (create, re-title, move, remove); its hosts, with them, describe its event ({@link MeetingRules}). Every change is in
 * the audit trail, out of the funder's sight.
 */
@ApplicationScoped
public class MeetingService {

    private final MeetingRepository meetings;
    private final WorkPackageService workPackages;
    private final DeliverableService deliverables;
    private final EventService events;
    private final ActivityLog activity;

    MeetingService(
            MeetingRepository meetings,
            WorkPackageService workPackages,
            DeliverableService deliverables,
            EventService events,
            ActivityLog activity) {
        this.meetings = meetings;
        this.workPackages = workPackages;
        this.deliverables = deliverables;
        this.events = events;
        this.activity = activity;
    }

    /** The meetings by first day, then code: a page of them, their hosts read in one query. */
    public Page<MeetingView> page(Project project, PageRequest request) {
        Page<Meeting> page = meetings.page(project, request);
        return request.page(views(page.items()), page.total());
    }

    /** Every meeting of the project by first day, in two queries. */
    public List<MeetingView> list(Project project) {
        return views(meetings.listAll(project));
    }

    /** Every meeting of the project by first day, with its work package and event, in one query. */
    public List<Meeting> all(Project project) {
        return meetings.listAll(project);
    }

    /** The meetings held (their actual first day) from {@code start} to {@code end}, in two queries. */
    public List<MeetingView> heldBetween(Project project, LocalDate start, LocalDate end) {
        return views(meetings.heldBetween(project, start, end));
    }

    public MeetingView get(Project project, String code) {
        return view(find(project, code));
    }

    /** The meeting of this code, if there is one: for callers whose 404 must not tell that it exists. */
    public Optional<Meeting> lookUp(Project project, String code) {
        return meetings.findByCode(project, code);
    }

    public MeetingView view(Meeting meeting) {
        return views(List.of(meeting)).get(0);
    }

    private Meeting find(Project project, String code) {
        return lookUp(project, code).orElseThrow(() -> new NotFoundProblem("Meeting", code + " in " + project.acronym));
    }

    private List<MeetingView> views(List<Meeting> all) {
        Map<Long, TreeSet<String>> hosts =
                events.hostCodes(all.stream().map(m -> m.event).toList());
        return all.stream()
                .map(m -> MeetingView.of(m, hosts.getOrDefault(m.event.id, new TreeSet<>())))
                .toList();
    }

    /** The work packages whose meetings {@code standing} plans, by number. */
    public List<WorkPackage> plannable(Project project, Standing standing) {
        return workPackages.all(project).stream()
                .filter(w -> MeetingRules.mayPlan(standing, lead(w)))
                .toList();
    }

    /** The work package of {@code meeting}. */
    public WorkPackage workPackageOf(Project project, MeetingView meeting) {
        return workPackages.find(project, meeting.workPackage());
    }

    /** Plans a new meeting: the coordinator in any work package, a work package's lead in its own (403 otherwise). */
    @Transactional
    public MeetingView add(Project project, Standing standing, MeetingInput input) {
        WorkPackage workPackage = workPackages.require(project, input.workPackage(), "workPackage");
        MeetingRules.requireMayPlan(standing, lead(workPackage), input.workPackage());
        Meeting meeting = created(project, input.code());
        apply(project, input, workPackage, meeting);
        meetings.persist(meeting);
        meetings.flush();
        MeetingView view = view(meeting);
        activity.record(project, Subject.meeting(view.code()), "CREATED", null, view);
        return view;
    }

    /**
     * Changes meeting {@code code} as {@code standing} may ({@link MeetingRules}); its code stays (409). A stale
     * {@code If-Match} is a 412. Shared by the API and the pages.
     */
    @Transactional
    public MeetingView updateAs(Project project, Standing standing, String code, String ifMatch, MeetingInput input) {
        Meeting meeting = find(project, code);
        MeetingView before = view(meeting);
        MeetingRules.requireMayDescribe(standing, before);
        EntityTags.requireMatch(ifMatch, meeting.version);
        if (!input.code().equals(code)) {
            throw new ConflictProblem(
                    "code", "a meeting keeps its code, " + code + ": its event's pages are named by it");
        }
        WorkPackage workPackage = workPackages.require(project, input.workPackage(), "workPackage");
        if (!input.changesOnlyEventOf(before)) {
            MeetingRules.requireMayPlan(standing, before.lead(), before.workPackage());
            MeetingRules.requireMayPlan(standing, lead(workPackage), input.workPackage());
        }
        apply(project, input, workPackage, meeting);
        meetings.flush();
        MeetingView after = view(meeting);
        activity.recordChange(project, Subject.meeting(code), before, after);
        return after;
    }

    /**
     * Removes meeting {@code code}: the coordinator, or the lead of its work package (403 otherwise). A meeting whose
     * event has participants or evidence stays (409).
     */
    @Transactional
    public void remove(Project project, Standing standing, String code) {
        Meeting meeting = find(project, code);
        MeetingView before = view(meeting);
        MeetingRules.requireMayPlan(standing, before.lead(), before.workPackage());
        remove(project, meeting, before);
    }

    private void remove(Project project, Meeting meeting, MeetingView before) {
        events.removing(meeting.event);
        activity.record(project, Subject.meeting(before.code()), "REMOVED", before, null);
        meetings.delete(meeting);
        meetings.flush();
    }

    /**
     * What a plan import does with the document's {@code meetings}: each is created or updated by its code, and the
     * meetings it does not list are removed. Without a list ({@code null}) the meetings stay as they are. Problems are
     * placed under {@code [i]}.
     *
     * @return how many meetings the project holds now
     */
    @Transactional
    public int importAll(Project project, List<MeetingInput> inputs) {
        if (inputs == null) {
            return Math.toIntExact(meetings.count("project", project));
        }
        Map<String, Meeting> stored = meetings.listAll(project).stream().collect(Collectors.toMap(m -> m.code, m -> m));
        for (int i = 0; i < inputs.size(); i++) {
            MeetingInput input = inputs.get(i);
            try {
                Meeting meeting = stored.get(input.code());
                if (meeting == null) {
                    meeting = created(project, input.code());
                }
                apply(project, input, workPackages.require(project, input.workPackage(), "workPackage"), meeting);
                if (!meetings.isPersistent(meeting)) {
                    meetings.persist(meeting);
                }
            } catch (ProblemException e) {
                throw e.under("[" + i + "]");
            }
        }
        Set<String> kept = inputs.stream().map(MeetingInput::code).collect(Collectors.toSet());
        for (Meeting meeting : stored.values()) {
            if (!kept.contains(meeting.code)) {
                remove(project, meeting, view(meeting));
            }
        }
        meetings.flush();
        return inputs.size();
    }

    /** A work package that holds meetings stays (409): they move to another, or go, first. */
    void keepWorkPackagesWithMeetings(@Observes WorkPackageRemoving removing) {
        long held = meetings.count("workPackage", removing.workPackage());
        if (held > 0) {
            throw new ConflictProblem(
                    "number",
                    removing.workPackage().code() + " still holds " + held
                            + " meeting(s); move them to another work package or remove them first");
        }
    }

    /** The meetings as a plan document lists them. */
    public List<MeetingInput> export(Project project) {
        return list(project).stream()
                .map(m -> new MeetingInput(m.code(), m.title(), m.workPackage(), m.kind(), m.event()))
                .toList();
    }

    /** A new meeting of the project under {@code code}, not saved; 409 when a meeting or a deliverable has it. */
    private Meeting created(Project project, String code) {
        requireFreeCode(project, code);
        Meeting meeting = new Meeting();
        meeting.project = project;
        meeting.code = code;
        return meeting;
    }

    private void requireFreeCode(Project project, String code) {
        if (meetings.findByCode(project, code).isPresent()) {
            throw new ConflictProblem("code", code + " already exists in " + project.acronym);
        }
        if (deliverables.lookUp(project, code).isPresent()) {
            throw new ConflictProblem(
                    "code", code + " is a deliverable of " + project.acronym + ": a meeting takes a code of its own");
        }
    }

    private void apply(Project project, MeetingInput input, WorkPackage workPackage, Meeting meeting) {
        if (input.event().plannedDate() == null) {
            throw new InvalidDataProblem("event.plannedDate", "give the day the meeting is planned for");
        }
        meeting.workPackage = workPackage;
        meeting.title = input.title().strip();
        meeting.kind = input.kind();
        EventInput before = events.details(meeting.event);
        meeting.event = events.write(project, input.event(), meeting.event);
        if (meetings.isPersistent(meeting) && !Objects.equals(before, events.details(meeting.event))) {
            meetings.touch(meeting);
        }
    }

    private static String lead(WorkPackage workPackage) {
        return workPackage.lead == null ? null : workPackage.lead.code();
    }
}
