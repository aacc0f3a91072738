package org.consortia.attendance;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.consortia.project.Project;
import org.consortia.project.ProjectService;
import org.consortia.security.AccessPolicy;

/**
 * {@code /api/projects/{acronym}/events/{code}/registration}: the event's public registration form, opened and closed
 * by its organisers (the coordinator, the lead partner, the hosts; 403 for anyone else).
 */
@Path("/api/projects/{acronym}/events/{code}/registration")
public class RegistrationResource {

    private final ProjectService projects;
    private final AttendanceService attendance;
    private final RegistrationService registrations;
    private final AccessPolicy access;

    RegistrationResource(
            ProjectService projects,
            AttendanceService attendance,
            RegistrationService registrations,
            AccessPolicy access) {
        this.projects = projects;
        this.attendance = attendance;
        this.registrations = registrations;
        this.access = access;
    }

    @GET
    public RegistrationState state(@PathParam("acronym") String acronym, @PathParam("code") String code) {
        Project project = access.visible(projects.find(acronym));
        return registrations.state(attendance.organised(project, access.standing(project), code));
    }

    @POST
    @Path("open")
    public RegistrationState open(@PathParam("acronym") String acronym, @PathParam("code") String code) {
        Project project = access.visible(projects.find(acronym));
        return registrations.open(project, attendance.organised(project, access.standing(project), code));
    }

    @POST
    @Path("close")
    public RegistrationState close(@PathParam("acronym") String acronym, @PathParam("code") String code) {
        Project project = access.visible(projects.find(acronym));
        return registrations.close(project, attendance.organised(project, access.standing(project), code));
    }
}
