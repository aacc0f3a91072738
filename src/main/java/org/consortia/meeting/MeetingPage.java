package org.consortia.meeting;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.project.Project;
import org.consortia.project.ProjectService;
import org.consortia.project.ProjectView;
import org.consortia.security.AccessPolicy;
import org.consortia.security.Standing;

/**
 * {@code /projects/{acronym}/meetings}: the meetings that are not deliverables, by date, a page at a time, for the
 * consortium only (the 404 page for reviewers and strangers), with the way to plan and change them for those who may
 * ({@link MeetingForm}) and a link to each one's participants and evidence.
 */
@Path("/projects/{acronym}/meetings")
public class MeetingPage {

    /** A meeting, and whether the viewer describes it ({@code changeable}) and plans it ({@code removable}). */
    public record Row(MeetingView meeting, boolean changeable, boolean removable) {}

    @CheckedTemplate
    static class Templates {
        /** {@code mayCreate}: the viewer plans the meetings of some work package. */
        static native TemplateInstance list(ProjectView project, Page<Row> rows, boolean mayCreate);
    }

    private final ProjectService projects;
    private final MeetingService meetings;
    private final AccessPolicy access;

    MeetingPage(ProjectService projects, MeetingService meetings, AccessPolicy access) {
        this.projects = projects;
        this.meetings = meetings;
        this.access = access;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@PathParam("acronym") String acronym, @Valid @BeanParam PageRequest page) {
        Project project = access.internal(projects.find(acronym));
        Standing standing = access.standing(project);
        Page<Row> rows = meetings.page(project, page)
                .map(m -> new Row(m, MeetingRules.mayDescribe(standing, m), MeetingRules.mayPlan(standing, m.lead())));
        return Templates.list(
                ProjectView.of(project),
                rows,
                !meetings.plannable(project, standing).isEmpty());
    }

    /** Where a saved meeting form goes back to. */
    static String path(Project project) {
        return "/projects/" + project.acronym + "/meetings";
    }
}
