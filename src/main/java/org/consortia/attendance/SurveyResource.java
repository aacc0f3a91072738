package org.consortia.attendance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.project.Project;
import org.consortia.project.ProjectService;
import org.consortia.security.AccessPolicy;

/**
 * {@code /api/projects/{acronym}/events/{code}/survey}: the results of the event's evaluation survey, which everyone
 * who sees the project reads (the funder included: averages and counts, never who answered what); its comments and
 * its questions for its organisers.
 */
@Path("/api/projects/{acronym}/events/{code}/survey")
public class SurveyResource {

    private final ProjectService projects;
    private final AttendanceService attendance;
    private final SurveyService surveys;
    private final AccessPolicy access;

    SurveyResource(ProjectService projects, AttendanceService attendance, SurveyService surveys, AccessPolicy access) {
        this.projects = projects;
        this.attendance = attendance;
        this.surveys = surveys;
        this.access = access;
    }

    /** The event's own questions (1 to 5); none for the standard ones. */
    public record Questions(@NotNull List<String> questions) {}

    /** An answer collected on paper: a score per question (1 to 5, or null), a comment. */
    public record PaperAnswer(@NotNull List<Integer> scores, String comment) {}

    @GET
    public Evaluation results(@PathParam("acronym") String acronym, @PathParam("code") String code) {
        Project project = access.visible(projects.find(acronym));
        return surveys.results(attendance.event(project, access.standing(project), code));
    }

    @GET
    @Path("comments")
    public Page<String> comments(
            @PathParam("acronym") String acronym, @PathParam("code") String code, @Valid @BeanParam PageRequest page) {
        Project project = access.visible(projects.find(acronym));
        return surveys.comments(attendance.organised(project, access.standing(project), code), page);
    }

    @PUT
    @Path("questions")
    public List<SurveyQuestion> questions(
            @PathParam("acronym") String acronym, @PathParam("code") String code, @Valid @NotNull Questions questions) {
        Project project = access.visible(projects.find(acronym));
        return surveys.setQuestions(
                project, attendance.organised(project, access.standing(project), code), questions.questions());
    }

    /** Records an answer collected on paper: counted with the others, tied to nobody. */
    @POST
    @Path("answers")
    public Response enter(
            @PathParam("acronym") String acronym, @PathParam("code") String code, @Valid @NotNull PaperAnswer answer) {
        Project project = access.visible(projects.find(acronym));
        EventAtHand event = attendance.organised(project, access.standing(project), code);
        surveys.enter(project, event, answer.scores(), answer.comment());
        return Response.status(Response.Status.CREATED)
                .entity(surveys.results(event))
                .build();
    }
}
