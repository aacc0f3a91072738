package org.consortia.meeting;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.consortia.common.ForbiddenProblem;
import org.consortia.common.PageRequest;
import org.consortia.partner.PartnerService;
import org.consortia.partner.PartnerView;
import org.consortia.project.Project;
import org.consortia.project.ProjectService;
import org.consortia.project.ProjectView;
import org.consortia.security.AccessPolicy;
import org.consortia.security.Standing;
import org.consortia.web.Flash;
import org.consortia.web.FormErrors;
import org.consortia.web.FormValues;
import org.consortia.web.HtmlResponse;
import org.consortia.web.ItemForms;
import org.consortia.web.LocalisedMessages;
import org.consortia.workpackage.WorkPackage;

/**
 * {@code /projects/{acronym}/meetings/new}, {@code …/meetings/{code}} and {@code …/{code}/remove}: the coordinator and
 * the work packages' leads plan a meeting; they and its hosts change it. Anyone else in the consortium gets the 403
 * page, reviewers and strangers the 404 page. The rules are the API's ({@link MeetingService}).
 */
@Path("/projects/{acronym}/meetings")
@Produces(MediaType.TEXT_HTML)
public class MeetingForm {

    @CheckedTemplate
    static class Templates {
        /** {@code current} is null for a new meeting; {@code workPackages}: those the meeting may belong to. */
        static native TemplateInstance meeting(
                ProjectView project,
                MeetingView current,
                MeetingFields form,
                List<WorkPackage> workPackages,
                List<MeetingKind> kinds,
                List<PartnerView> partners,
                FormErrors errors);
    }

    private final ProjectService projects;
    private final MeetingService meetings;
    private final PartnerService partners;
    private final AccessPolicy access;
    private final ItemForms forms;
    private final LocalisedMessages messages;

    MeetingForm(
            ProjectService projects,
            MeetingService meetings,
            PartnerService partners,
            AccessPolicy access,
            ItemForms forms,
            LocalisedMessages messages) {
        this.projects = projects;
        this.meetings = meetings;
        this.partners = partners;
        this.access = access;
        this.forms = forms;
        this.messages = messages;
    }

    @GET
    @Path("new")
    public Response blank(@PathParam("acronym") String acronym) {
        Project project = access.internal(projects.find(acronym));
        List<WorkPackage> plannable = plannedBy(project, access.standing(project));
        return HtmlResponse.of(form(project, null, plannable, MeetingFields.blank(), forms.errors()));
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@PathParam("acronym") String acronym, @BeanParam MeetingFields typed) {
        Project project = access.internal(projects.find(acronym));
        Standing standing = access.standing(project);
        List<WorkPackage> plannable = plannedBy(project, standing);
        FormErrors errors = forms.errors();
        return forms.add(
                errors,
                typed.input(null, errors),
                input -> meetings.add(project, standing, input).code(),
                MeetingPage.path(project),
                () -> form(project, null, plannable, typed, errors));
    }

    @GET
    @Path("{code}")
    public Response edit(@PathParam("acronym") String acronym, @PathParam("code") String code) {
        Project project = access.internal(projects.find(acronym));
        MeetingView current = meetings.get(project, code);
        Standing standing = access.standing(project);
        MeetingRules.requireMayDescribe(standing, current);
        return HtmlResponse.of(form(
                project, current, meetings.plannable(project, standing), MeetingFields.of(current), forms.errors()));
    }

    @POST
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(
            @PathParam("acronym") String acronym, @PathParam("code") String code, @BeanParam MeetingFields typed) {
        Project project = access.internal(projects.find(acronym));
        Standing standing = access.standing(project);
        MeetingView current = meetings.get(project, code);
        MeetingRules.requireMayDescribe(standing, current);
        FormErrors errors = forms.errors();
        return forms.update(
                errors,
                typed.input(code, errors),
                input -> meetings.updateAs(project, standing, code, FormValues.ifMatch(typed.version), input)
                        .code(),
                () -> typed.version =
                        FormValues.shown(meetings.get(project, code).version()),
                MeetingPage.path(project),
                () -> form(project, meetings.get(project, code), meetings.plannable(project, standing), typed, errors));
    }

    @POST
    @Path("{code}/remove")
    public Response remove(@PathParam("acronym") String acronym, @PathParam("code") String code) {
        Project project = access.internal(projects.find(acronym));
        meetings.remove(project, access.standing(project), code);
        return Flash.redirect(
                MeetingPage.path(project), messages.get(MeetingMessages.class).flash_removed(code));
    }

    /** The work packages whose meetings {@code standing} plans; 403 when none. */
    private List<WorkPackage> plannedBy(Project project, Standing standing) {
        List<WorkPackage> plannable = meetings.plannable(project, standing);
        if (plannable.isEmpty()) {
            throw new ForbiddenProblem("Only the coordinator and the leads of the work packages of " + project.acronym
                    + " plan its meetings");
        }
        return plannable;
    }

    /** The form; {@code plannable}: the work packages whose meetings the visitor plans. */
    private TemplateInstance form(
            Project project, MeetingView current, List<WorkPackage> plannable, MeetingFields typed, FormErrors errors) {
        // A host changes the event, not the work package: it is offered alone.
        List<WorkPackage> workPackages =
                current != null && plannable.stream().noneMatch(w -> w.code().equals(current.workPackage()))
                        ? List.of(meetings.workPackageOf(project, current))
                        : plannable;
        return Templates.meeting(
                ProjectView.of(project),
                current,
                typed,
                workPackages,
                List.of(MeetingKind.values()),
                partners.page(project, PageRequest.largest()).items(),
                errors);
    }
}
