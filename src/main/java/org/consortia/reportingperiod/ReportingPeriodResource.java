package org.consortia.reportingperiod;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.project.ProjectService;
import org.consortia.security.AccessPolicy;

@Path("/api/projects/{acronym}/reporting-periods")
public class ReportingPeriodResource {

    private final ProjectService projects;
    private final ReportingPeriodService service;
    private final AccessPolicy access;

    ReportingPeriodResource(ProjectService projects, ReportingPeriodService service, AccessPolicy access) {
        this.projects = projects;
        this.service = service;
        this.access = access;
    }

    @GET
    public Page<ReportingPeriodView> list(@PathParam("acronym") String acronym, @Valid @BeanParam PageRequest page) {
        return service.page(access.visible(projects.find(acronym)), page);
    }

    @GET
    @Path("{number:[0-9]{1,3}}")
    public ReportingPeriodView get(@PathParam("acronym") String acronym, @PathParam("number") int number) {
        return service.get(access.visible(projects.find(acronym)), number);
    }

    /** Adds the next period: it starts the month after the last one ends. */
    @POST
    public Response add(@PathParam("acronym") String acronym, @Valid @NotNull ReportingPeriodInput input, UriInfo uri) {
        ReportingPeriodView view = service.add(access.managed(projects.find(acronym)), input);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Integer.toString(view.number()))
                        .build())
                .entity(view)
                .build();
    }
}
