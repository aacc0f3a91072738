package org.consortia.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.consortia.activity.ActivityLog;
import org.consortia.activity.Subject;
import org.consortia.attendance.Evaluation.QuestionResult;
import org.consortia.common.ConflictProblem;
import org.consortia.common.InvalidDataProblem;
import org.consortia.common.NotFoundProblem;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.common.SecretTokens;
import org.consortia.common.Sha256;
import org.consortia.common.Texts;
import org.consortia.event.Event;
import org.consortia.event.EventService;
import org.consortia.project.Project;

/**
 * The evaluation of an event: its questions (the standard ones, or the organisers' own, 1 to 5 of them, each scored 1
 * to 5, with a free comment), the one-time links mailed to those who attended when the attendance closes, the
 * answers (tied to nobody), and the results: averages and how many gave each score, never who answered what.
 */
@ApplicationScoped
public class SurveyService {

    static final int MAX_QUESTIONS = 5;

    static final int MAX_QUESTION_LENGTH = 300;

    static final int MAX_COMMENT_LENGTH = 2000;

    private final SurveyRepository surveys;
    private final EventService events;
    private final ActivityLog activity;
    private final jakarta.enterprise.event.Event<SurveyInvited> invited;
    private final Clock clock;

    SurveyService(
            SurveyRepository surveys,
            EventService events,
            ActivityLog activity,
            jakarta.enterprise.event.Event<SurveyInvited> invited,
            Clock clock) {
        this.surveys = surveys;
        this.events = events;
        this.activity = activity;
        this.invited = invited;
        this.clock = clock;
    }

    /** The event's questions, in their order. */
    static List<SurveyQuestion> questions(Event event) {
        return event.surveyQuestions == null
                ? Arrays.stream(StandardQuestion.values())
                        .map(standard -> new SurveyQuestion(standard, null))
                        .toList()
                : event.surveyQuestions.stream()
                        .map(text -> new SurveyQuestion(null, text))
                        .toList();
    }

    /**
     * Sets the event's own questions ({@code null} or none: the standard ones again); 409 once someone answered, so
     * that every answer scores the questions it was asked.
     */
    @Transactional
    public List<SurveyQuestion> setQuestions(Project project, EventAtHand event, List<String> questions) {
        AttendanceService.requireDescribed(event);
        Event held = events.locked(event.event());
        List<String> texts = questions == null
                ? List.of()
                : questions.stream().map(Texts::strippedOrNull).toList();
        if (texts.size() > MAX_QUESTIONS) {
            throw new InvalidDataProblem("questions", "at most " + MAX_QUESTIONS + " questions");
        }
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i) == null || texts.get(i).length() > MAX_QUESTION_LENGTH) {
                throw new InvalidDataProblem(
                        "questions[" + i + "]", "a question of 1 to " + MAX_QUESTION_LENGTH + " characters");
            }
        }
        if (surveys.countAnswers(held) > 0) {
            throw new ConflictProblem(
                    "questions",
                    "the survey of " + event.code() + " has answers: its questions stay as they were asked");
        }
        List<String> before = held.surveyQuestions;
        held.surveyQuestions = texts.isEmpty() ? null : new ArrayList<>(texts);
        activity.recordChange(
                project,
                Subject.survey(event.code()),
                Map.of("questions", before == null ? List.of() : before),
                Map.of("questions", texts));
        return questions(held);
    }

    /**
     * Invites those who attended the event, have an address and were not invited yet, each with a one-time link by
     * mail; called in the transaction that closes the attendance. Returns how many were invited.
     */
    int invite(Project project, String code, String title, Event event) {
        List<Participant> attendees = surveys.toInvite(event);
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (Participant attendee : attendees) {
            String token = SecretTokens.next();
            SurveyInvitation invitation = new SurveyInvitation();
            invitation.event = event;
            invitation.participant = attendee;
            invitation.invitedAt = now;
            surveys.persist(invitation);
            SurveyToken link = new SurveyToken();
            link.event = event;
            link.tokenHash = Sha256.hex(token);
            surveys.persist(link);
            invited.fire(new SurveyInvited(
                    project.acronym, code, title, attendee.email, "/survey/" + token, attendee.language));
        }
        if (!attendees.isEmpty()) {
            activity.record(project, Subject.survey(code), "SENT", null, Map.of("invited", attendees.size()));
        }
        return attendees.size();
    }

    /** The survey a one-time link stands for; 404 for a link used already, or never sent. */
    public SurveyForm form(String token) {
        SurveyToken link = surveys.findToken(Sha256.hex(token == null ? "" : token))
                .orElseThrow(() -> new NotFoundProblem("Survey", "for this link (answered already, or unknown)"));
        OwnedEvent owned = surveys.ownerOf(link.event);
        return new SurveyForm(owned.project.acronym, owned.code, owned.title, link.event, questions(link.event));
    }

    /** What a survey's form shows: the event, and its questions. */
    public record SurveyForm(String project, String code, String title, Event event, List<SurveyQuestion> questions) {}

    /**
     * Records an answer ({@code scores}: one per question, 1 to 5, or null when left out) and uses the link up (it
     * goes): the answer keeps no trace of whose link it was, nor does anything else. 404 for a link used already.
     */
    @Transactional
    public void answer(String token, List<Integer> scores, String comment) {
        SurveyToken link = surveys.findTokenLocked(Sha256.hex(token == null ? "" : token))
                .orElseThrow(() -> new NotFoundProblem("Survey", "for this link (answered already, or unknown)"));
        record(link.event, scores, comment);
        surveys.delete(link);
    }

    /**
     * Records an answer its organisers collected on paper (the same form, printed): as anonymous as the others, counted
     * with them. Trail: the count, nothing of the answer.
     */
    @Transactional
    public void enter(Project project, EventAtHand event, List<Integer> scores, String comment) {
        AttendanceService.requireDescribed(event);
        record(events.locked(event.event()), scores, comment);
        activity.record(project, Subject.survey(event.code()), "ANSWER_ENTERED", null, Map.of("source", "paper"));
    }

    private void record(Event event, List<Integer> scores, String comment) {
        List<SurveyQuestion> questions = questions(event);
        if (scores.size() > questions.size()) {
            throw new InvalidDataProblem("scores", "one score per question: " + questions.size() + " at most");
        }
        List<Short> given = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            Integer score = i < scores.size() ? scores.get(i) : null;
            if (score != null && (score < 1 || score > 5)) {
                throw new InvalidDataProblem("score" + (i + 1), "a score from 1 to 5");
            }
            given.add(score == null ? null : score.shortValue());
        }
        String text = Texts.strippedOrNull(comment);
        if (text != null && text.length() > MAX_COMMENT_LENGTH) {
            throw new InvalidDataProblem("comment", "at most " + MAX_COMMENT_LENGTH + " characters");
        }
        SurveyAnswer answer = new SurveyAnswer();
        answer.event = event;
        answer.scores = given;
        answer.comment = text;
        answer.answeredOn = LocalDate.now(clock);
        surveys.persist(answer);
    }

    /** The results of the event's survey. */
    public Evaluation results(EventAtHand event) {
        if (event.event() == null) {
            return new Evaluation(event.code(), event.owner().title(), 0, 0, List.of());
        }
        return results(List.of(new Surveyed(event.code(), event.owner().title(), event.event())))
                .get(0);
    }

    /** The comments of the event's answers, newest first: for its organisers (a comment may name someone). */
    public Page<String> comments(EventAtHand event, PageRequest request) {
        return event.event() == null ? request.page(List.of(), 0) : surveys.comments(event.event(), request);
    }

    /**
     * The results of the surveys of the events of the project's deliverables and meetings {@code codes} that invited
     * anyone: three statements.
     */
    public List<Evaluation> results(Project project, Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        List<Surveyed> surveyed = surveys.withEvents(project, codes).stream()
                .map(d -> new Surveyed(d.code, d.title, d.event))
                .toList();
        return results(surveyed).stream()
                .filter(e -> e.invited() > 0 || e.answers() > 0)
                .toList();
    }

    private record Surveyed(String code, String title, Event event) {}

    private List<Evaluation> results(List<Surveyed> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        List<Long> ids = events.stream().map(e -> e.event().id).toList();
        Map<Long, Long> invitedCounts = surveys.invited(ids);
        Map<Long, Long> answerCounts = surveys.answers(ids);
        Map<Long, Map<Integer, long[]>> scores = new HashMap<>();
        for (Object[] row : surveys.scores(ids)) {
            long[] counts = scores.computeIfAbsent(((Number) row[0]).longValue(), id -> new HashMap<>())
                    .computeIfAbsent(((Number) row[1]).intValue(), question -> new long[5]);
            counts[((Number) row[2]).intValue() - 1] = ((Number) row[3]).longValue();
        }
        return events.stream()
                .map(e -> {
                    List<SurveyQuestion> questions = questions(e.event());
                    Map<Integer, long[]> byQuestion = scores.getOrDefault(e.event().id, Map.of());
                    List<QuestionResult> results = new ArrayList<>();
                    for (int i = 0; i < questions.size(); i++) {
                        results.add(result(questions.get(i), byQuestion.getOrDefault(i + 1, new long[5])));
                    }
                    return new Evaluation(
                            e.code(),
                            e.title(),
                            invitedCounts.getOrDefault(e.event().id, 0L),
                            answerCounts.getOrDefault(e.event().id, 0L),
                            results);
                })
                .toList();
    }

    private static QuestionResult result(SurveyQuestion question, long[] counts) {
        long answers = Arrays.stream(counts).sum();
        long total = 0;
        for (int score = 1; score <= 5; score++) {
            total += score * counts[score - 1];
        }
        BigDecimal average = answers == 0
                ? null
                : BigDecimal.valueOf(total).divide(BigDecimal.valueOf(answers), 1, RoundingMode.HALF_UP);
        return new QuestionResult(
                question.standard(),
                question.text(),
                answers,
                average,
                Arrays.stream(counts).boxed().toList());
    }
}
