package org.consortia.deliverable;

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
import org.consortia.web.FormSubmission;
import org.consortia.web.FormValues;
import org.consortia.web.HtmlResponse;
import org.consortia.web.InputValidation;
import org.consortia.web.LocalisedMessages;

/**
 * {@code /projects/{acronym}/deliverables/{code}/event}: where and when an event deliverable takes
 * place and how many came, recorded by its lead partner (or the coordinator). The rest of the plan is
 * sent back unchanged, through the same rule as the API's update (403 for anyone else).
 */
@Path("/projects/{acronym}/deliverables/{code}/event")
@Produces(MediaType.TEXT_HTML)
public class EventForm {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance event(
                ProjectView project,
                DeliverableView deliverable,
                EventUpdateFields form,
                List<PartnerView> partners,
                FormErrors errors);
    }

    private final ProjectService projects;
    private final DeliverableService deliverables;
    private final PartnerService partners;
    private final AccessPolicy access;
    private final InputValidation validation;
    private final LocalisedMessages messages;

    EventForm(
            ProjectService projects,
            DeliverableService deliverables,
            PartnerService partners,
            AccessPolicy access,
            InputValidation validation,
            LocalisedMessages messages) {
        this.projects = projects;
        this.deliverables = deliverables;
        this.partners = partners;
        this.access = access;
        this.validation = validation;
        this.messages = messages;
    }

    @GET
    public Response edit(@PathParam("acronym") String acronym, @PathParam("code") String code) {
        Project project = access.visible(projects.find(acronym));
        DeliverableView deliverable = deliverables.eventEditableBy(project, access.standing(project), code);
        return HtmlResponse.of(
                form(project, deliverable, EventUpdateFields.of(deliverable), new FormErrors(messages.get())));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(
            @PathParam("acronym") String acronym, @PathParam("code") String code, @BeanParam EventUpdateFields typed) {
        Project project = access.visible(projects.find(acronym));
        Standing standing = access.standing(project);
        DeliverableView current = deliverables.eventEditableBy(project, standing, code);
        FormErrors errors = new FormErrors(messages.get());
        DeliverableInput input = DeliverableInput.withEvent(current, typed.event.input(errors));
        validation.check(input, errors);
        return FormSubmission.send(
                errors,
                () -> {
                    deliverables.updateAs(project, standing, code, FormValues.ifMatch(typed.version), input, false);
                    return Flash.redirect(
                            "/projects/" + project.acronym + "/deliverables/" + code,
                            messages.get(DeliverableMessages.class).plan_flash_event_saved(code));
                },
                () -> typed.version =
                        FormValues.shown(deliverables.get(project, code, false).version()),
                () -> form(project, current, typed, errors));
    }

    private TemplateInstance form(
            Project project, DeliverableView deliverable, EventUpdateFields typed, FormErrors errors) {
        return Templates.event(
                ProjectView.of(project),
                deliverable,
                typed,
                partners.page(project, PageRequest.largest()).items(),
                errors);
    }
}
