package org.consortia.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.consortia.attendance.AttendanceService;
import org.consortia.attendance.CheckInService;
import org.consortia.attendance.EventAtHand;
import org.consortia.attendance.ParticipantInput;
import org.consortia.attendance.ParticipantSource;
import org.consortia.attendance.SurveyService;
import org.consortia.project.Project;
import org.consortia.project.ProjectService;
import org.consortia.security.Standing;

/**
 * The participants of a demo event ({@code demo/foresee-participants.yaml}, fictitious people), entered through the
 * same service and checks as the event page.
 */
@ApplicationScoped
class DemoParticipants {

    private static final Standing PLATFORM = new Standing(Standing.Level.ADMIN, Set.of());

    private final AttendanceService attendance;
    private final CheckInService checkIn;
    private final SurveyService surveys;
    private final ProjectService projects;
    private final YAMLMapper yaml;

    DemoParticipants(
            AttendanceService attendance, CheckInService checkIn, SurveyService surveys, ProjectService projects) {
        this.attendance = attendance;
        this.checkIn = checkIn;
        this.surveys = surveys;
        this.projects = projects;
        this.yaml = YAMLMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    /**
     * What {@code demo/foresee-participants.yaml} holds: one event's list; who closed its attendance (its survey then
     * goes to those who attended), and the answers to its survey collected on paper.
     */
    record Document(
            String project,
            String event,
            List<ParticipantInput> participants,
            String closedBy,
            List<PaperAnswer> evaluation) {}

    /** An answer to the survey, collected on paper. */
    record PaperAnswer(List<Integer> scores, String comment) {}

    /**
     * Loads {@code resource}, in one transaction, if the project it names was imported on this start ({@code
     * imported}, acronyms). Returns whether it loaded.
     */
    @Transactional
    boolean load(String resource, Set<String> imported) {
        Document document = read(resource);
        if (!imported.contains(document.project())) {
            return false;
        }
        Project project = projects.find(document.project());
        EventAtHand event = attendance.event(project, PLATFORM, document.event());
        for (ParticipantInput participant : document.participants()) {
            attendance.add(project, event, participant, ParticipantSource.ENTERED);
        }
        if (document.closedBy() != null) {
            checkIn.close(project, attendance.event(project, PLATFORM, document.event()), document.closedBy());
        }
        for (PaperAnswer answer : document.evaluation() == null ? List.<PaperAnswer>of() : document.evaluation()) {
            surveys.enter(project, event, answer.scores(), answer.comment());
        }
        return true;
    }

    private Document read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Demo document " + resource + " is not on the class path");
            }
            return yaml.readValue(in, Document.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo document " + resource, e);
        }
    }
}
