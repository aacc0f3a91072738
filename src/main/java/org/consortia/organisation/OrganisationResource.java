package org.consortia.organisation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import org.consortia.security.AccessPolicy;

@Path("/api/organisations")
public class OrganisationResource {

    private final OrganisationService service;
    private final AccessPolicy access;

    OrganisationResource(OrganisationService service, AccessPolicy access) {
        this.service = service;
        this.access = access;
    }

    @GET
    public Page<OrganisationView> list(@Valid @BeanParam PageRequest page) {
        return service.page(page);
    }

    @GET
    @Path("{code}")
    public Response get(@PathParam("code") String code) {
        OrganisationView view = service.get(code);
        return Response.ok(view).tag(EntityTags.of(view.version())).build();
    }

    @POST
    public Response create(@Valid @NotNull OrganisationInput input, UriInfo uri) {
        access.requireAdmin("register organisations");
        OrganisationView view = service.create(input);
        return Response.created(uri.getAbsolutePathBuilder().path(view.code()).build())
                .entity(view)
                .tag(EntityTags.of(view.version()))
                .build();
    }

    @PUT
    @Path("{code}")
    public Response update(
            @PathParam("code") String code,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull OrganisationInput input) {
        access.requireAdmin("change an organisation's registration");
        OrganisationView view = service.update(code, ifMatch, input);
        return Response.ok(view).tag(EntityTags.of(view.version())).build();
    }
}
