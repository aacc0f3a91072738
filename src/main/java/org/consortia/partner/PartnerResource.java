package org.consortia.partner;

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
import org.consortia.project.ProjectService;

@Path("/api/projects/{acronym}/partners")
public class PartnerResource {

    private final ProjectService projects;
    private final PartnerService service;

    PartnerResource(ProjectService projects, PartnerService service) {
        this.projects = projects;
        this.service = service;
    }

    @GET
    public Page<PartnerView> list(@PathParam("acronym") String acronym, @Valid @BeanParam PageRequest page) {
        return service.page(projects.find(acronym), page);
    }

    @GET
    @Path("{orgCode}")
    public Response get(@PathParam("acronym") String acronym, @PathParam("orgCode") String orgCode) {
        PartnerView view = service.get(projects.find(acronym), orgCode);
        return Response.ok(view).tag(EntityTags.of(view.version())).build();
    }

    @POST
    public Response add(@PathParam("acronym") String acronym, @Valid @NotNull PartnerInput input, UriInfo uri) {
        PartnerView view = service.add(projects.find(acronym), input);
        return Response.created(uri.getAbsolutePathBuilder().path(view.organisation()).build())
                .entity(view).tag(EntityTags.of(view.version())).build();
    }

    @PUT
    @Path("{orgCode}")
    public Response update(@PathParam("acronym") String acronym, @PathParam("orgCode") String orgCode,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull PartnerInput input) {
        PartnerView view = service.update(projects.find(acronym), orgCode, ifMatch, input);
        return Response.ok(view).tag(EntityTags.of(view.version())).build();
    }

    @DELETE
    @Path("{orgCode}")
    public Response remove(@PathParam("acronym") String acronym, @PathParam("orgCode") String orgCode) {
        service.remove(projects.find(acronym), orgCode);
        return Response.noContent().build();
    }
}
