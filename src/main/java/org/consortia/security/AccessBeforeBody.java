package org.consortia.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import org.consortia.common.BodyLimits;
import org.consortia.project.ProjectService;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a caller before their request's body is read or parsed: a body sent to a project the caller may
 * not see gets that project's 404, and a body for plan managers only ({@link PlanManagersOnly}) from anyone
 * else a 403. Quarkus REST runs request filters before it reads the body, so a stranger's large or costly
 * body costs nothing. What the caller may do with a body they may send is still the endpoint's to check.
 */
public class AccessBeforeBody {

    private final AccessPolicy access;
    private final ProjectService projects;

    AccessBeforeBody(AccessPolicy access, ProjectService projects) {
        this.access = access;
        this.projects = projects;
    }

    @ServerRequestFilter(priority = 200)
    public void check(ContainerRequestContext request, ResourceInfo resource, UriInfo uri) {
        if (!BodyLimits.hasBody(request)) {
            return;
        }
        String acronym = uri.getPathParameters().getFirst("acronym");
        if (acronym != null) {
            access.visible(projects.find(acronym));
        }
        Method method = resource.getResourceMethod();
        if (method != null && method.isAnnotationPresent(PlanManagersOnly.class)) {
            access.requirePlanManagerSomewhere("import a plan");
        }
    }
}
