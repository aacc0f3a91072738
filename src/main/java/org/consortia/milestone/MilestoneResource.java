package org.consortia.milestone;

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
import org.consortia.security.Standing;
import org.consortia.workpackage.WorkPackageService;

@Path("/api/projects/{acronym}/milestones")
public class MilestoneResource {

    private final ProjectService projects;
    private final MilestoneService service;
    private final WorkPackageService workPackages;
    private final AccessPolicy access;

    MilestoneResource(
            ProjectService projects, MilestoneService service, WorkPackageService workPackages, AccessPolicy access) {
        this.projects = projects;
        this.service = service;
        this.workPackages = workPackages;
        this.access = access;
    }

    /** Milestones by due date then code. */
    @GET
    public Page<MilestoneView> list(@PathParam("acronym") String acronym, @Valid @BeanParam PageRequest page) {
        return service.page(access.visible(projects.find(acronym)), page);
    }

    @GET
    @Path("{code}")
    public Response get(@PathParam("acronym") String acronym, @PathParam("code") String code) {
        MilestoneView view = service.get(access.visible(projects.find(acronym)), code);
        return Response.ok(view).tag(EntityTags.of(view.version())).build();
    }

    @POST
    public Response add(@PathParam("acronym") String acronym, @Valid @NotNull MilestoneInput input, UriInfo uri) {
        MilestoneView view = service.add(access.managed(projects.find(acronym)), input);
        return Response.created(uri.getAbsolutePathBuilder().path(view.code()).build())
                .entity(view)
                .tag(EntityTags.of(view.version()))
                .build();
    }

    /** The coordinator changes anything; the lead of its work package records when it was achieved. */
    @PUT
    @Path("{code}")
    public Response update(
            @PathParam("acronym") String acronym,
            @PathParam("code") String code,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull MilestoneInput input) {
        Project project = access.visible(projects.find(acronym));
        Standing standing = access.standing(project);
        if (!standing.managesPlan()) {
            MilestoneView current = service.get(project, code);
            String lead = current.workPackage() == null
                    ? null
                    : workPackages.get(project, current.workPackage()).lead();
            if (lead == null || !standing.speaksFor(lead)) {
                throw new ForbiddenProblem("Only the coordinator or the lead of its work package may change " + code);
            }
            if (!input.changesOnlyAchievementOf(current)) {
                throw new ForbiddenProblem("As lead partner you may record when " + code + " was achieved; the rest"
                        + " of the milestone is the coordinator's to change");
            }
        }
        MilestoneView view = service.update(project, code, ifMatch, input);
        return Response.ok(view).tag(EntityTags.of(view.version())).build();
    }

    @DELETE
    @Path("{code}")
    public Response remove(@PathParam("acronym") String acronym, @PathParam("code") String code) {
        service.remove(access.managed(projects.find(acronym)), code);
        return Response.noContent().build();
    }
}
