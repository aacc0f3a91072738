package org.consortia.milestone;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.consortia.project.Project;
import org.consortia.project.ProjectService;
import org.consortia.project.ProjectView;
import org.consortia.security.AccessPolicy;
import org.consortia.security.Standing;
import org.consortia.web.FormError;
import org.consortia.web.FormErrors;
import org.consortia.web.FormSubmission;
import org.consortia.web.FormValues;
import org.consortia.web.LocalisedMessages;
import org.jboss.resteasy.reactive.RestForm;

/**
 * {@code /projects/{acronym}/milestones/{code}}: a milestone for everyone who sees the project, the funder included,
 * with the progress form (when it is now expected, when it was achieved) for the coordinator and the staff of the
 * partner leading its work package. The API's rule ({@link MilestoneService#updateAs}).
 */
@Path("/projects/{acronym}/milestones/{code}")
@Produces(MediaType.TEXT_HTML)
public class MilestonePage {

    @CheckedTemplate
    static class Templates {
        /** {@code mayRecord}: the visitor records its progress; {@code error} of the form sent, null otherwise. */
        static native TemplateInstance milestone(
                ProjectView project, MilestoneView milestone, boolean mayRecord, FormError error);
    }

    private final ProjectService projects;
    private final MilestoneService milestones;
    private final AccessPolicy access;
    private final LocalisedMessages messages;

    MilestonePage(
            ProjectService projects, MilestoneService milestones, AccessPolicy access, LocalisedMessages messages) {
        this.projects = projects;
        this.milestones = milestones;
        this.access = access;
        this.messages = messages;
    }

    @GET
    public TemplateInstance show(@PathParam("acronym") String acronym, @PathParam("code") String code) {
        return page(access.visible(projects.find(acronym)), code, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(
            @PathParam("acronym") String acronym,
            @PathParam("code") String code,
            @RestForm String forecastDate,
            @RestForm String achievedDate,
            @RestForm String version) {
        Project project = access.visible(projects.find(acronym));
        Standing standing = access.standing(project);
        FormErrors errors = new FormErrors(messages.get());
        LocalDate forecast = FormValues.date(forecastDate, "forecastDate", errors);
        LocalDate achieved = FormValues.date(achievedDate, "achievedDate", errors);
        return FormSubmission.send(
                errors,
                "/projects/" + project.acronym + "/milestones/" + code,
                () -> {
                    milestones.recordProgress(project, standing, code, FormValues.ifMatch(version), forecast, achieved);
                    return messages.get().plan_flash_saved(code);
                },
                () -> page(project, code, FormError.of("progress", errors, null)));
    }

    private TemplateInstance page(Project project, String code, FormError error) {
        MilestoneView milestone = milestones.get(project, code);
        boolean mayRecord = access.standing(project).managesWorkPackage(milestones.workPackageLead(project, milestone));
        return Templates.milestone(ProjectView.of(project), milestone, mayRecord, error);
    }
}
