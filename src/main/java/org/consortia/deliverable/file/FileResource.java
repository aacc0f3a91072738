package org.consortia.deliverable.file;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.consortia.common.InvalidDataProblem;
import org.consortia.common.LargeBody;
import org.consortia.common.NotFoundProblem;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.deliverable.DeliverableService;
import org.consortia.project.Project;
import org.consortia.project.ProjectService;
import org.consortia.security.AccessPolicy;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The outputs of a deliverable. Its lead partner, contributors and the coordinator upload; the
 * consortium reads every version; the funder's reviewers read only the version submitted to them.
 */
@Path("/api/projects/{acronym}/deliverables/{code}/files")
public class FileResource {

    private final ProjectService projects;
    private final DeliverableService deliverables;
    private final FileService service;
    private final FileDownloads downloads;
    private final AccessPolicy access;

    FileResource(
            ProjectService projects,
            DeliverableService deliverables,
            FileService service,
            FileDownloads downloads,
            AccessPolicy access) {
        this.projects = projects;
        this.deliverables = deliverables;
        this.service = service;
        this.downloads = downloads;
        this.access = access;
    }

    @GET
    public Page<FileVersionView> list(
            @PathParam("acronym") String acronym, @PathParam("code") String code, @Valid @BeanParam PageRequest page) {
        Project project = access.visible(projects.find(acronym));
        if (access.standing(project).isReviewer()) {
            return service.submitted(deliverables.find(project, code), page);
        }
        return service.page(project, code, page);
    }

    @GET
    @Path("{version:[0-9]{1,6}}")
    public Response download(
            @PathParam("acronym") String acronym,
            @PathParam("code") String code,
            @PathParam("version") int number,
            @HeaderParam("Range") String rangeHeader,
            @Context Request request) {
        Project project = access.visible(projects.find(acronym));
        return downloads.download(project, access.standing(project), code, number, rangeHeader, request);
    }

    /** A multipart form: the file as the field {@code file}, an optional {@code note}. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @LargeBody(LargeBody.Kind.FILE)
    public Response upload(
            @PathParam("acronym") String acronym,
            @PathParam("code") String code,
            @RestForm("file") FileUpload file,
            @RestForm("note") String note) {
        Project project = uploadableProject(acronym, code);
        if (file == null) {
            throw new InvalidDataProblem("file", "send the file as the multipart field 'file'");
        }
        return created(service.upload(project, code, file.uploadedFile(), file.fileName(), note, access.user()));
    }

    /**
     * The file itself as the body (whatever its {@code Content-Type}, or none), its name as {@code ?name=}:
     * stored as it arrives, for large files and scripts ({@code curl -T report.pdf -X POST
     * …/files/content?name=report.pdf}). A path of its own, so that no form parsing ever touches the body.
     * Who may upload is checked before the body is read.
     */
    @POST
    @Path("content")
    @Consumes(MediaType.WILDCARD)
    @LargeBody(LargeBody.Kind.FILE)
    public Response uploadBody(
            @PathParam("acronym") String acronym,
            @PathParam("code") String code,
            @QueryParam("name") String name,
            @QueryParam("note") String note,
            InputStream body) {
        Project project = uploadableProject(acronym, code);
        if (name == null || name.isBlank()) {
            throw new InvalidDataProblem("name", "give the file's name as the query parameter 'name'");
        }
        return created(service.upload(project, code, new RequestBody(body), name, note, access.user()));
    }

    /** The project, when the caller may upload outputs of this deliverable (its lead, contributors, coordinator). */
    private Project uploadableProject(String acronym, String code) {
        Project project = access.visible(projects.find(acronym));
        service.requireUploader(project, code, access.standing(project));
        return project;
    }

    private static Response created(FileVersionView view) {
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    @POST
    @Path("{version:[0-9]{1,6}}/withdrawal")
    public FileVersionView withdraw(
            @PathParam("acronym") String acronym, @PathParam("code") String code, @PathParam("version") int number) {
        Project project = consortiumProject(acronym, code);
        return service.withdraw(
                project, code, number, access.user(), access.standing(project).managesPlan());
    }

    /** The project, for a member of the consortium: reviewers withdraw nothing (404). */
    private Project consortiumProject(String acronym, String code) {
        Project project = access.visible(projects.find(acronym));
        if (access.standing(project).isReviewer()) {
            throw new NotFoundProblem("Files", "of " + code);
        }
        return project;
    }
}
