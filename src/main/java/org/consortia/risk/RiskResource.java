package org.consortia.risk;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.consortia.common.EntityTags;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.project.Project;
import org.consortia.project.ProjectService;
import org.consortia.security.AccessPolicy;

/**
 * A project's risk register. The consortium reads it; the funder's reviewers do not (404, as for
 * strangers): they read risks only in the reports submitted to them.
 */
@Path("/api/projects/{acronym}/risks")
public class RiskResource {

    /** A risk's number in a URL; anything else names no risk (404). */
    static final String NUMBER = "{number:[0-9]{1,9}}";

    private final ProjectService projects;
    private final RiskService service;
    private final AccessPolicy access;

    RiskResource(ProjectService projects, RiskService service, AccessPolicy access) {
        this.projects = projects;
        this.service = service;
        this.access = access;
    }

    /** The register by number. */
    @GET
    public Page<RiskView> list(@PathParam("acronym") String acronym, @Valid @BeanParam PageRequest page) {
        return service.page(access.internal(projects.find(acronym)), page);
    }

    @GET
    @Path(NUMBER)
    public Response get(@PathParam("acronym") String acronym, @PathParam("number") int number) {
        RiskView view = service.get(access.internal(projects.find(acronym)), number);
        return Response.ok(view).tag(EntityTags.of(view.version())).build();
    }

    @POST
    public Response add(@PathParam("acronym") String acronym, @Valid @NotNull RiskInput input, UriInfo uri) {
        RiskView view = service.add(access.managed(access.internal(projects.find(acronym))), input);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Integer.toString(view.number()))
                        .build())
                .entity(view)
                .tag(EntityTags.of(view.version()))
                .build();
    }

    /** The coordinator changes anything; the owner's staff what is done about it (mitigation, status, closing day). */
    @PUT
    @Path(NUMBER)
    public Response update(
            @PathParam("acronym") String acronym,
            @PathParam("number") int number,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull RiskInput input) {
        Project project = access.internal(projects.find(acronym));
        RiskView view = service.updateAs(project, access.standing(project), number, ifMatch, input);
        return Response.ok(view).tag(EntityTags.of(view.version())).build();
    }

    @DELETE
    @Path(NUMBER)
    public Response remove(@PathParam("acronym") String acronym, @PathParam("number") int number) {
        service.remove(access.managed(access.internal(projects.find(acronym))), number);
        return Response.noContent().build();
    }
}
