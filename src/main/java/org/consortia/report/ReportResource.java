package org.consortia.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.consortia.common.EntityTags;
import org.consortia.project.Project;
import org.consortia.project.ProjectService;
import org.consortia.security.AccessPolicy;

/**
 * A reporting period's progress report: its newest revision, its revisions, the sections contributors
 * write, the coordinator's submission and new revisions, the reviewers' comments and decision.
 */
@Path("/api/projects/{acronym}/reporting-periods/{period:[0-9]{1,3}}/report")
public class ReportResource {

    private final ProjectService projects;
    private final ReportService reports;
    private final ReportPageViews views;
    private final AccessPolicy access;

    ReportResource(ProjectService projects, ReportService reports, ReportPageViews views, AccessPolicy access) {
        this.projects = projects;
        this.reports = reports;
        this.views = views;
        this.access = access;
    }

    @GET
    public ReportView current(@PathParam("acronym") String acronym, @PathParam("period") int period) {
        Project project = project(acronym);
        return reports.current(project, period, access.standing(project));
    }

    /** The newest revision the caller may read, or {@code ?revision=}, as a PDF document (in Accept-Language). */
    @GET
    @Path("pdf")
    @Produces("application/pdf")
    public Response pdf(
            @PathParam("acronym") String acronym,
            @PathParam("period") int period,
            @QueryParam("revision") Integer revision) {
        Project project = project(acronym);
        return views.pdf(project, period, revision, access.standing(project));
    }

    /** The coordinator opens the period's report: revision 1, a draft. */
    @POST
    public Response create(@PathParam("acronym") String acronym, @PathParam("period") int period, UriInfo uri) {
        Project project = project(acronym);
        ReportView view = reports.create(project, period, access.standing(project), access.user());
        return Response.created(uri.getAbsolutePath()).entity(view).build();
    }

    @GET
    @Path("revisions")
    public List<ReportView.Revision> revisions(@PathParam("acronym") String acronym, @PathParam("period") int period) {
        Project project = project(acronym);
        return reports.revisions(project, period, access.standing(project));
    }

    /** After a request for changes, the coordinator opens the next revision, a draft copied from the last. */
    @POST
    @Path("revisions")
    public Response openRevision(@PathParam("acronym") String acronym, @PathParam("period") int period, UriInfo uri) {
        Project project = project(acronym);
        ReportView view = reports.openRevision(project, period, access.standing(project), access.user());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Integer.toString(view.document().revision()))
                        .build())
                .entity(view)
                .build();
    }

    @GET
    @Path("revisions/{revision:[0-9]{1,4}}")
    public ReportView revision(
            @PathParam("acronym") String acronym,
            @PathParam("period") int period,
            @PathParam("revision") int revision) {
        Project project = project(acronym);
        return reports.revision(project, period, revision, access.standing(project));
    }

    /**
     * The frozen content of a submitted revision, byte for byte what its {@code contentSha256} digests:
     * anyone who may read the revision can check it. A draft has none yet (409).
     */
    @GET
    @Path("revisions/{revision:[0-9]{1,4}}/content")
    @Produces(MediaType.APPLICATION_JSON)
    public String content(
            @PathParam("acronym") String acronym,
            @PathParam("period") int period,
            @PathParam("revision") int revision) {
        Project project = project(acronym);
        return reports.content(project, period, revision, access.standing(project));
    }

    /** Writes a section of the draft; the ETag is the section's version, for the next If-Match. */
    @PUT
    @Path("sections/{key}")
    public Response write(
            @PathParam("acronym") String acronym,
            @PathParam("period") int period,
            @PathParam("key") String key,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull SectionInput input) {
        Project project = project(acronym);
        ReportView view = reports.write(project, period, key, ifMatch, input, access.standing(project), access.user());
        long version = view.document().sections().stream()
                .filter(s -> s.key().equals(key))
                .findFirst()
                .orElseThrow()
                .version();
        return Response.ok(view).tag(EntityTags.of(version)).build();
    }

    @POST
    @Path("submission")
    public ReportView submit(
            @PathParam("acronym") String acronym, @PathParam("period") int period, @Valid SubmissionInput input) {
        Project project = project(acronym);
        return reports.submit(project, period, input, access.standing(project), access.user());
    }

    @POST
    @Path("decision")
    public ReportView decide(
            @PathParam("acronym") String acronym,
            @PathParam("period") int period,
            @Valid @NotNull DecisionInput input) {
        Project project = project(acronym);
        return reports.decide(project, period, input, access.standing(project), access.user());
    }

    @POST
    @Path("comments")
    public Response comment(
            @PathParam("acronym") String acronym,
            @PathParam("period") int period,
            @Valid @NotNull ReportCommentInput input) {
        Project project = project(acronym);
        return Response.status(Response.Status.CREATED)
                .entity(reports.comment(project, period, input, access.standing(project), access.user()))
                .build();
    }

    private Project project(String acronym) {
        return access.visible(projects.find(acronym));
    }
}
