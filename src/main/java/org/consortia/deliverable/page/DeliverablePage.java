package org.consortia.deliverable.page;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Supplier;
import org.consortia.activity.ActivityFilter;
import org.consortia.activity.ActivityLog;
import org.consortia.common.InvalidDataProblem;
import org.consortia.common.LargeBody;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.deliverable.ArchiveInput;
import org.consortia.deliverable.Deliverable;
import org.consortia.deliverable.DeliverableMessages;
import org.consortia.deliverable.DeliverableService;
import org.consortia.deliverable.DeliverableStatus;
import org.consortia.deliverable.DeliverableView;
import org.consortia.deliverable.FunderProjection;
import org.consortia.deliverable.Visibility;
import org.consortia.deliverable.comment.CommentInput;
import org.consortia.deliverable.comment.CommentService;
import org.consortia.deliverable.file.FileDownloads;
import org.consortia.deliverable.file.FileService;
import org.consortia.deliverable.file.FileVersionView;
import org.consortia.deliverable.workflow.TransitionInput;
import org.consortia.deliverable.workflow.WorkflowService;
import org.consortia.project.Project;
import org.consortia.project.ProjectService;
import org.consortia.project.ProjectView;
import org.consortia.security.AccessPolicy;
import org.consortia.security.Standing;
import org.consortia.web.FormError;
import org.consortia.web.FormErrors;
import org.consortia.web.FormSubmission;
import org.consortia.web.FormValues;
import org.consortia.web.InputValidation;
import org.consortia.web.LocalisedMessages;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * {@code /projects/{acronym}/deliverables/{code}}: one deliverable, its files, its workflow, its
 * comments and its history; the forms post here and come back with a flash message, or show the page
 * again with the error next to the field and what was typed.
 */
@Path("/projects/{acronym}/deliverables/{code}")
public class DeliverablePage {

    static final int SHOWN_VERSIONS = 50;
    static final int SHOWN_COMMENTS = 200;
    static final int SHOWN_HISTORY = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance deliverable(DossierView view);
    }

    private final ProjectService projects;
    private final DeliverableService deliverables;
    private final WorkflowService workflow;
    private final FileService files;
    private final FileDownloads downloads;
    private final CommentService comments;
    private final ActivityLog activity;
    private final AccessPolicy access;
    private final InputValidation validation;
    private final LocalisedMessages messages;

    DeliverablePage(
            ProjectService projects,
            DeliverableService deliverables,
            WorkflowService workflow,
            FileService files,
            FileDownloads downloads,
            CommentService comments,
            ActivityLog activity,
            AccessPolicy access,
            InputValidation validation,
            LocalisedMessages messages) {
        this.projects = projects;
        this.deliverables = deliverables;
        this.workflow = workflow;
        this.files = files;
        this.downloads = downloads;
        this.comments = comments;
        this.activity = activity;
        this.access = access;
        this.validation = validation;
        this.messages = messages;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@PathParam("acronym") String acronym, @PathParam("code") String code) {
        return Templates.deliverable(view(visibleProject(acronym), code, null));
    }

    @POST
    @Path("transitions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response move(
            @PathParam("acronym") String acronym,
            @PathParam("code") String code,
            @RestForm String to,
            @RestForm String comment,
            @RestForm String version,
            @RestForm String delayJustification) {
        Project project = visibleProject(acronym);
        DeliverableStatus target = Arrays.stream(DeliverableStatus.values())
                .filter(s -> s.name().equals(to))
                .findFirst()
                .orElseThrow(() -> new InvalidDataProblem("to", "not a status: " + to));
        String typed = comment != null && !comment.isBlank() ? comment : delayJustification;
        return attempt(project, code, "move-" + target, typed, () -> {
            DeliverableView moved = workflow.move(
                    project,
                    code,
                    access.standing(project),
                    access.user(),
                    new TransitionInput(target, comment, version(version), delayJustification));
            DeliverableMessages texts = messages.get(DeliverableMessages.class);
            return texts.flash_moved(code, texts.status(moved.status()));
        });
    }

    @POST
    @Path("files")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @LargeBody(LargeBody.Kind.FILE)
    @Produces(MediaType.TEXT_HTML)
    public Response upload(
            @PathParam("acronym") String acronym,
            @PathParam("code") String code,
            @RestForm("file") FileUpload file,
            @RestForm String note) {
        Project project = visibleProject(acronym);
        files.requireUploader(project, code, access.standing(project));
        return attempt(project, code, "upload", note, () -> {
            if (file == null || file.fileName() == null || file.fileName().isBlank()) {
                throw new InvalidDataProblem("file", "choose the file to upload");
            }
            FileVersionView uploaded =
                    files.upload(project, code, file.uploadedFile(), file.fileName(), note, access.user());
            return messages.get(DeliverableMessages.class).flash_uploaded(uploaded.fileName(), uploaded.version());
        });
    }

    @POST
    @Path("comments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response comment(
            @PathParam("acronym") String acronym,
            @PathParam("code") String code,
            @RestForm String text,
            @RestForm String visibility) {
        Project project = visibleProject(acronym);
        boolean reviewer = access.standing(project).isReviewer();
        CommentInput input =
                new CommentInput(text, "FUNDER".equals(visibility) ? Visibility.FUNDER : Visibility.CONSORTIUM);
        FormErrors errors = new FormErrors(messages.get());
        validation.check(input, errors);
        return attempt(project, code, "comment", text, errors, () -> {
            comments.add(project, code, reviewer, access.user(), input);
            return messages.get(DeliverableMessages.class).flash_commented();
        });
    }

    /** The coordinator or the lead of its work package moves its forecast ({@link DeliverableService#moveForecast}). */
    @POST
    @Path("forecast")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response forecast(
            @PathParam("acronym") String acronym, @PathParam("code") String code, @RestForm String forecastDate) {
        Project project = visibleProject(acronym);
        Standing standing = access.standing(project);
        FormErrors errors = new FormErrors(messages.get());
        LocalDate date = FormValues.date(forecastDate, "forecastDate", errors);
        return attempt(project, code, "forecast", forecastDate, errors, () -> {
            deliverables.moveForecast(project, standing, code, date);
            return messages.get(DeliverableMessages.class).flash_forecast(code);
        });
    }

    /** The coordinator takes the deliverable out of the plan, saying why ({@link DeliverableService#archive}). */
    @POST
    @Path("archive")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response archive(
            @PathParam("acronym") String acronym, @PathParam("code") String code, @RestForm String reason) {
        Project project = access.managed(visibleProject(acronym));
        ArchiveInput input = new ArchiveInput(reason);
        FormErrors errors = new FormErrors(messages.get());
        validation.check(input, errors);
        return attempt(project, code, "archive", reason, errors, () -> {
            deliverables.archive(project, code, input);
            return messages.get(DeliverableMessages.class).flash_archived(code);
        });
    }

    /** The coordinator brings it back into the plan. */
    @POST
    @Path("restoration")
    @Produces(MediaType.TEXT_HTML)
    public Response restore(@PathParam("acronym") String acronym, @PathParam("code") String code) {
        Project project = access.managed(visibleProject(acronym));
        return attempt(project, code, "restoration", null, () -> {
            deliverables.restore(project, code);
            return messages.get(DeliverableMessages.class).flash_restored(code);
        });
    }

    @GET
    @Path("files/{version:[0-9]{1,6}}")
    public Response download(
            @PathParam("acronym") String acronym,
            @PathParam("code") String code,
            @PathParam("version") int number,
            @HeaderParam("Range") String range,
            @Context Request request) {
        Project project = visibleProject(acronym);
        return downloads.download(project, access.standing(project), code, number, range, request);
    }

    private Project visibleProject(String acronym) {
        return access.visible(projects.find(acronym));
    }

    /** Sends one of the page's forms ({@link FormSubmission}): the page again with the error by the form if refused. */
    private Response attempt(Project project, String code, String form, String typed, Supplier<String> action) {
        return attempt(project, code, form, typed, new FormErrors(messages.get()), action);
    }

    private Response attempt(
            Project project, String code, String form, String typed, FormErrors errors, Supplier<String> action) {
        return FormSubmission.send(
                errors,
                path(project, code),
                action,
                () -> Templates.deliverable(view(project, code, FormError.of(form, errors, typed))));
    }

    private DossierView view(Project project, String code, FormError error) {
        Standing standing = access.standing(project);
        boolean funderView = standing.isReviewer();
        Deliverable found = deliverables.find(project, code);
        DeliverableView deliverable = deliverables.view(found);
        Page<FileVersionView> versions = funderView
                ? files.submitted(found, PageRequest.of(0, SHOWN_VERSIONS))
                : files.page(found, PageRequest.of(0, SHOWN_VERSIONS));
        return new DossierView(
                ProjectView.of(project),
                standing,
                funderView ? FunderProjection.of(deliverable) : deliverable,
                workflow.movesFor(standing, project.acceptanceAuthority, deliverable),
                standing.mayUpload(deliverable.lead(), deliverable.contributors()),
                !funderView || FunderProjection.received(found),
                deliverables.changeableParts(project, standing, deliverable),
                versions.items(),
                versions.total(),
                comments.latest(found, funderView, SHOWN_COMMENTS),
                activity.latest(project, ActivityFilter.ofDeliverable(code), funderView, SHOWN_HISTORY).stream()
                        .map(HistoryLine::of)
                        .toList(),
                error);
    }

    private static String path(Project project, String code) {
        return "/projects/" + project.acronym + "/deliverables/" + code;
    }

    private static Integer version(String given) {
        if (given == null || given.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(given.strip());
        } catch (NumberFormatException e) {
            throw new InvalidDataProblem("version", "pick one of the uploaded versions");
        }
    }
}
