package org.consortia.amendment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.consortia.common.EntityTags;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.common.QueryEnums;
import org.consortia.project.Project;
import org.consortia.project.ProjectService;
import org.consortia.security.AccessPolicy;

/**
 * A project's amendments of contractual dates and of its budget. Everyone who sees the project reads them, the funder included; the
 * coordinator requests them; the project's acceptance authority decides them.
 */
@Path("/api/projects/{acronym}/amendments")
public class AmendmentResource {

    /** An amendment's number in a URL; anything else names no amendment (404). */
    static final String NUMBER = "{number:[0-9]{1,9}}";

    private final ProjectService projects;
    private final AmendmentService service;
    private final AccessPolicy access;

    AmendmentResource(ProjectService projects, AmendmentService service, AccessPolicy access) {
        this.projects = projects;
        this.service = service;
        this.access = access;
    }

    /** The newest first; {@code status} keeps those awaiting a decision (REQUESTED) or decided one way. */
    @GET
    public Page<AmendmentView> list(
            @PathParam("acronym") String acronym,
            @QueryParam("status") String status,
            @Valid @BeanParam PageRequest page) {
        return service.page(
                access.visible(projects.find(acronym)),
                QueryEnums.optional("status", status, AmendmentStatus.class),
                page);
    }

    @GET
    @Path(NUMBER)
    public Response get(@PathParam("acronym") String acronym, @PathParam("number") int number) {
        AmendmentView view = service.get(access.visible(projects.find(acronym)), number);
        return Response.ok(view).tag(EntityTags.of(view.version())).build();
    }

    /** A budget amendment's budgets, before and proposed, each beneficiary's detail as the reader may see it. */
    @GET
    @Path(NUMBER + "/budget")
    public AmendedBudget budget(@PathParam("acronym") String acronym, @PathParam("number") int number) {
        Project project = access.visible(projects.find(acronym));
        return service.budget(project, number, access.standing(project));
    }

    /** The coordinator asks to move a contractual date or to replace the budget. */
    @POST
    public Response request(@PathParam("acronym") String acronym, @Valid @NotNull AmendmentInput input, UriInfo uri) {
        Project project = access.managed(projects.find(acronym));
        AmendmentView view = service.request(project, input, access.user());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Integer.toString(view.number()))
                        .build())
                .entity(view)
                .tag(EntityTags.of(view.version()))
                .build();
    }

    /** The acceptance authority approves (the item is re-dated) or refuses. */
    @POST
    @Path(NUMBER + "/decision")
    public AmendmentView decide(
            @PathParam("acronym") String acronym,
            @PathParam("number") int number,
            @Valid @NotNull AmendmentDecision decision) {
        Project project = access.visible(projects.find(acronym));
        return service.decide(project, access.standing(project), number, decision, access.user());
    }
}
