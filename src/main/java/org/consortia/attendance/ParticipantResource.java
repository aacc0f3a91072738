package org.consortia.attendance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.consortia.common.EntityTags;
import org.consortia.common.LargeBody;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.project.Project;
import org.consortia.project.ProjectService;
import org.consortia.security.AccessPolicy;

/**
 * {@code /api/projects/{acronym}/events/{code}}: the participants of the event of deliverable {@code code}, read and
 * changed by its organisers (the coordinator, the lead partner, the hosts: 403 for other members and the funder), and
 * its breakdown, which everyone who sees the project reads.
 */
@Path("/api/projects/{acronym}/events/{code}")
public class ParticipantResource {

    private final ProjectService projects;
    private final AttendanceService service;
    private final ParticipantImport imports;
    private final PrivacyService privacy;
    private final AccessPolicy access;

    ParticipantResource(
            ProjectService projects,
            AttendanceService service,
            ParticipantImport imports,
            PrivacyService privacy,
            AccessPolicy access) {
        this.projects = projects;
        this.service = service;
        this.imports = imports;
        this.privacy = privacy;
        this.access = access;
    }

    /**
     * A spreadsheet of participants (CSV or XLSX as the body): the report of every row; with {@code confirm=true}, the
     * good rows also go on the list (all at once), the refused ones are left out.
     */
    @POST
    @Path("participants/import")
    @LargeBody(LargeBody.Kind.LIST)
    @Consumes({ParticipantSheet.CSV, ParticipantSheet.XLSX, "application/vnd.ms-excel", MediaType.TEXT_PLAIN})
    public ImportReport importSheet(
            @PathParam("acronym") String acronym,
            @PathParam("code") String code,
            @QueryParam("confirm") boolean confirm,
            byte[] body) {
        Project project = access.visible(projects.find(acronym));
        EventAtHand event = service.organised(project, access.standing(project), code);
        return confirm ? imports.confirm(project, event, body) : imports.check(event, body);
    }

    @GET
    @Path("breakdown")
    public Breakdown breakdown(@PathParam("acronym") String acronym, @PathParam("code") String code) {
        Project project = access.visible(projects.find(acronym));
        return service.breakdown(service.event(project, access.standing(project), code));
    }

    /** The participants by name. */
    @GET
    @Path("participants")
    public Page<ParticipantView> list(
            @PathParam("acronym") String acronym, @PathParam("code") String code, @Valid @BeanParam PageRequest page) {
        Project project = access.visible(projects.find(acronym));
        return service.page(service.organised(project, access.standing(project), code), page);
    }

    @POST
    @Path("participants")
    public Response add(
            @PathParam("acronym") String acronym,
            @PathParam("code") String code,
            @Valid @NotNull ParticipantInput input,
            UriInfo uri) {
        Project project = access.visible(projects.find(acronym));
        EventAtHand event = service.organised(project, access.standing(project), code);
        ParticipantView view = service.add(project, event, input, ParticipantSource.ENTERED);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(view.id()))
                        .build())
                .entity(view)
                .tag(EntityTags.of(view.version()))
                .build();
    }

    @GET
    @Path("participants/{id}")
    public Response get(
            @PathParam("acronym") String acronym, @PathParam("code") String code, @PathParam("id") long id) {
        Project project = access.visible(projects.find(acronym));
        ParticipantView view = service.get(service.organised(project, access.standing(project), code), id);
        return Response.ok(view).tag(EntityTags.of(view.version())).build();
    }

    @PUT
    @Path("participants/{id}")
    public Response update(
            @PathParam("acronym") String acronym,
            @PathParam("code") String code,
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ParticipantInput input) {
        Project project = access.visible(projects.find(acronym));
        EventAtHand event = service.organised(project, access.standing(project), code);
        ParticipantView view = service.update(project, event, id, ifMatch, input);
        return Response.ok(view).tag(EntityTags.of(view.version())).build();
    }

    /** Takes someone off the list (entered by mistake): their counts go with them. */
    @DELETE
    @Path("participants/{id}")
    public Response remove(
            @PathParam("acronym") String acronym, @PathParam("code") String code, @PathParam("id") long id) {
        Project project = access.visible(projects.find(acronym));
        service.remove(project, service.organised(project, access.standing(project), code), id);
        return Response.noContent().build();
    }

    /** All the platform holds about the participant, to send them on request (GDPR, right of access). */
    @GET
    @Path("participants/{id}/personal-data")
    public PersonalDataExport personalData(
            @PathParam("acronym") String acronym, @PathParam("code") String code, @PathParam("id") long id) {
        Project project = access.visible(projects.find(acronym));
        return privacy.export(project, service.organised(project, access.standing(project), code), id);
    }

    /** Erases the participant's personal data: the record is pseudonymised, its counts stay (GDPR, right to erasure). */
    @POST
    @Path("participants/{id}/erasure")
    public ParticipantView erase(
            @PathParam("acronym") String acronym, @PathParam("code") String code, @PathParam("id") long id) {
        Project project = access.visible(projects.find(acronym));
        return privacy.erase(project, service.organised(project, access.standing(project), code), id);
    }
}
