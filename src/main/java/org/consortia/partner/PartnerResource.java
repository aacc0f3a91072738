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
import org.consortia.common.ForbiddenProblem;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.project.Project;
import org.consortia.project.ProjectService;
import org.consortia.security.AccessPolicy;

@Path("/api/projects/{acronym}/partners")
public class PartnerResource {

    private final ProjectService projects;
    private final PartnerService service;
    private final AccessPolicy access;

    PartnerResource(ProjectService projects, PartnerService service, AccessPolicy access) {
        this.projects = projects;
        this.service = service;
        this.access = access;
    }

    @GET
    public Page<PartnerView> list(@PathParam("acronym") String acronym, @Valid @BeanParam PageRequest page) {
        return service.page(access.visible(projects.find(acronym)), page);
    }

    @GET
    @Path("{orgCode}")
    public Response get(@PathParam("acronym") String acronym, @PathParam("orgCode") String orgCode) {
        PartnerView view = service.get(access.visible(projects.find(acronym)), orgCode);
        return Response.ok(view).tag(EntityTags.of(view.version())).build();
    }

    @POST
    public Response add(@PathParam("acronym") String acronym, @Valid @NotNull PartnerInput input, UriInfo uri) {
        PartnerView view = service.add(access.managed(projects.find(acronym)), input);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(view.organisation()).build())
                .entity(view)
                .tag(EntityTags.of(view.version()))
                .build();
    }

    @PUT
    @Path("{orgCode}")
    public Response update(
            @PathParam("acronym") String acronym,
            @PathParam("orgCode") String orgCode,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PartnerInput input) {
        Project project = access.visible(projects.find(acronym));
        if (!access.standing(project).managesPlan()) {
            requireOwnContactChange(project, orgCode, input);
        }
        PartnerView view = service.update(project, orgCode, ifMatch, input);
        return Response.ok(view).tag(EntityTags.of(view.version())).build();
    }

    /** A partner's own staff may change its contact details, nothing else. */
    private void requireOwnContactChange(Project project, String orgCode, PartnerInput input) {
        if (!access.standing(project).speaksFor(orgCode)) {
            throw new ForbiddenProblem("Only the coordinator or " + orgCode + " itself may change this partner");
        }
        PartnerView current = service.get(project, orgCode);
        if (input.role() != current.role()
                || (input.partnerNumber() != null && input.partnerNumber() != current.partnerNumber())) {
            throw new ForbiddenProblem("A partner may change its contact details; its role and number are the"
                    + " coordinator's to change");
        }
    }

    @DELETE
    @Path("{orgCode}")
    public Response remove(@PathParam("acronym") String acronym, @PathParam("orgCode") String orgCode) {
        service.remove(access.managed(projects.find(acronym)), orgCode);
        return Response.noContent().build();
    }
}
