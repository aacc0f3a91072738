package org.consortia.report;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.function.Supplier;
import org.consortia.project.Project;
import org.consortia.project.ProjectService;
import org.consortia.security.AccessPolicy;
import org.consortia.web.FormError;
import org.consortia.web.FormErrors;
import org.consortia.web.FormSubmission;
import org.consortia.web.InputValidation;
import org.consortia.web.LocalisedMessages;
import org.jboss.resteasy.reactive.RestForm;

/**
 * {@code /projects/{acronym}/reports/{period}}: a period's progress report — the newest revision the
 * visitor may read (or {@code ?revision=}), with the forms of those who may write its sections, the
 * coordinator's submission and new revisions, and the reviewer's remarks and decision. The same rules as
 * the API ({@link ReportService}); forms post here and come back with a flash, or show the page again
 * with the error and what was typed.
 */
@Path("/projects/{acronym}/reports/{period:[0-9]{1,3}}")
public class ReportPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(ReportPageView view);
    }

    private final ProjectService projects;
    private final ReportService reports;
    private final ReportPageViews views;
    private final AccessPolicy access;
    private final InputValidation validation;
    private final LocalisedMessages messages;

    ReportPage(
            ProjectService projects,
            ReportService reports,
            ReportPageViews views,
            AccessPolicy access,
            InputValidation validation,
            LocalisedMessages messages) {
        this.projects = projects;
        this.reports = reports;
        this.views = views;
        this.access = access;
        this.validation = validation;
        this.messages = messages;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(
            @PathParam("acronym") String acronym,
            @PathParam("period") int period,
            @QueryParam("revision") Integer revision) {
        return Templates.report(view(project(acronym), period, revision, null, null));
    }

    /** The revision shown (or {@code ?revision=}) as a PDF document. */
    @GET
    @Path("pdf")
    public Response pdf(
            @PathParam("acronym") String acronym,
            @PathParam("period") int period,
            @QueryParam("revision") Integer revision) {
        Project project = project(acronym);
        return views.pdf(project, period, revision, access.standing(project));
    }

    @POST
    @Produces(MediaType.TEXT_HTML)
    public Response open(@PathParam("acronym") String acronym, @PathParam("period") int period) {
        Project project = project(acronym);
        return attempt(project, period, "open", null, null, () -> {
            reports.create(project, period, access.standing(project), access.user());
            return messages.get(ReportMessages.class).opened();
        });
    }

    @POST
    @Path("sections/{key}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response write(
            @PathParam("acronym") String acronym,
            @PathParam("period") int period,
            @PathParam("key") String key,
            @RestForm String progress,
            @RestForm String achievements,
            @RestForm String deviations,
            @RestForm String correctiveActions,
            @RestForm String ready,
            @RestForm String version) {
        Project project = project(acronym);
        SectionInput typed = new SectionInput(progress, achievements, deviations, correctiveActions, ready != null);
        return attempt(project, period, "section-" + key, typed, typed, () -> {
            reports.write(
                    project,
                    period,
                    key,
                    version == null ? null : "\"" + version + "\"",
                    typed,
                    access.standing(project),
                    access.user());
            return messages.get(ReportMessages.class).section_saved();
        });
    }

    @POST
    @Path("submission")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response submit(
            @PathParam("acronym") String acronym, @PathParam("period") int period, @RestForm String overrideReason) {
        Project project = project(acronym);
        SubmissionInput input = new SubmissionInput(overrideReason);
        return attempt(project, period, "submission", null, input, () -> {
            reports.submit(project, period, input, access.standing(project), access.user());
            return messages.get(ReportMessages.class).submitted();
        });
    }

    @POST
    @Path("revisions")
    @Produces(MediaType.TEXT_HTML)
    public Response openRevision(@PathParam("acronym") String acronym, @PathParam("period") int period) {
        Project project = project(acronym);
        return attempt(project, period, "revision", null, null, () -> {
            reports.openRevision(project, period, access.standing(project), access.user());
            return messages.get(ReportMessages.class).revision_opened();
        });
    }

    @POST
    @Path("comments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response comment(
            @PathParam("acronym") String acronym,
            @PathParam("period") int period,
            @RestForm String section,
            @RestForm String text) {
        Project project = project(acronym);
        ReportCommentInput input = new ReportCommentInput(section, text);
        return attempt(project, period, "comment", null, input, () -> {
            reports.comment(project, period, input, access.standing(project), access.user());
            return messages.get(ReportMessages.class).commented();
        });
    }

    @POST
    @Path("decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response decide(
            @PathParam("acronym") String acronym,
            @PathParam("period") int period,
            @RestForm String decision,
            @RestForm String comment) {
        Project project = project(acronym);
        DecisionInput input = new DecisionInput(
                Arrays.stream(DecisionInput.Decision.values())
                        .filter(choice -> choice.name().equals(decision))
                        .findFirst()
                        .orElse(null),
                comment);
        return attempt(project, period, "decision", null, input, () -> {
            reports.decide(project, period, input, access.standing(project), access.user());
            return messages.get(ReportMessages.class).decided();
        });
    }

    private Project project(String acronym) {
        return access.visible(projects.find(acronym));
    }

    /**
     * Sends one of the page's forms ({@link FormSubmission}): {@code input} checked against its constraints, as the
     * API does; the page again with the error and what was typed if refused.
     */
    private Response attempt(
            Project project, int period, String form, SectionInput typed, Object input, Supplier<String> action) {
        FormErrors errors = new FormErrors(messages.get());
        if (input != null) {
            validation.check(input, errors);
        }
        return FormSubmission.send(
                errors,
                path(project, period),
                action,
                () -> Templates.report(view(project, period, null, FormError.of(form, errors, null), typed)));
    }

    private ReportPageView view(Project project, int period, Integer revision, FormError error, SectionInput typed) {
        return views.of(project, period, revision, access.standing(project), error, typed);
    }

    static String path(Project project, int period) {
        return "/projects/" + project.acronym + "/reports/" + period;
    }
}
