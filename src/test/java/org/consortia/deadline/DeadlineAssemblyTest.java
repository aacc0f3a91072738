package org.consortia.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.consortia.deadline.Deadline.Kind;
import org.consortia.deliverable.DeliverableKind;
import org.consortia.deliverable.DeliverableStatus;
import org.consortia.project.Project;
import org.consortia.report.ReportDueDates;
import org.junit.jupiter.api.Test;

/**
 * How {@link DeadlineService} turns what it reads into deadlines, with the database left out: a
 * deliverable and its event, a milestone, a periodic report, and the window they are sorted into.
 * Today is 15 June 2026 throughout.
 */
class DeadlineAssemblyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void aDeliverablePastItsDueDateAndNotDeliveredIsOverdue() {
        assertEquals(
                List.of(new Deadline(
                        "FORESEE",
                        Kind.DELIVERABLE,
                        "D1.1",
                        "State of the art",
                        LocalDate.of(2026, 5, 31),
                        "NEXEM",
                        "IN_PROGRESS",
                        false,
                        true)),
                DeadlineService.ofDeliverable(
                        study("D1.1", LocalDate.of(2026, 5, 31), DeliverableStatus.IN_PROGRESS), false, TODAY));
    }

    @Test
    void aDeliverableDueTodayIsNotYetOverdue() {
        assertEquals(
                List.of(new Deadline(
                        "FORESEE",
                        Kind.DELIVERABLE,
                        "D1.1",
                        "State of the art",
                        LocalDate.of(2026, 6, 15),
                        "NEXEM",
                        "APPROVED",
                        false,
                        false)),
                DeadlineService.ofDeliverable(
                        study("D1.1", LocalDate.of(2026, 6, 15), DeliverableStatus.APPROVED), false, TODAY));
    }

    @Test
    void aDeliverableSubmittedOrAcceptedIsDoneWhateverItsDate() {
        assertEquals(
                List.of(new Deadline(
                        "FORESEE",
                        Kind.DELIVERABLE,
                        "D1.1",
                        "State of the art",
                        LocalDate.of(2026, 1, 31),
                        "NEXEM",
                        "SUBMITTED",
                        true,
                        false)),
                DeadlineService.ofDeliverable(
                        study("D1.1", LocalDate.of(2026, 1, 31), DeliverableStatus.SUBMITTED), false, TODAY));
        assertEquals(
                List.of(new Deadline(
                        "FORESEE",
                        Kind.DELIVERABLE,
                        "D1.1",
                        "State of the art",
                        LocalDate.of(2026, 1, 31),
                        "NEXEM",
                        "ACCEPTED",
                        true,
                        false)),
                DeadlineService.ofDeliverable(
                        study("D1.1", LocalDate.of(2026, 1, 31), DeliverableStatus.ACCEPTED), false, TODAY));
        assertFalse(DeadlineService.ofDeliverable(
                        study("D1.1", LocalDate.of(2026, 1, 31), DeliverableStatus.REVISION_REQUESTED), false, TODAY)
                .get(0)
                .done());
    }

    @Test
    void aPlannedTwoDayEventPastItsFirstDayIsOverdueAtItsHostsPlaceAndHoursUntilItsLastDay() {
        DeliverableDates training = new DeliverableDates(
                1L,
                "FORESEE",
                DeliverableKind.TRAINING,
                "D4.2",
                "Training of trainers",
                LocalDate.of(2026, 9, 30),
                "NEXEM",
                DeliverableStatus.IN_PROGRESS,
                null,
                LocalDate.of(2026, 6, 10),
                null,
                LocalDate.of(2026, 6, 11),
                LocalTime.of(9, 30),
                LocalTime.of(17, 0),
                "Europe/Paris",
                "FR",
                "Lyon",
                "Maison des associations",
                "ELISFA");
        assertEquals(
                List.of(
                        new Deadline(
                                "FORESEE",
                                Kind.DELIVERABLE,
                                "D4.2",
                                "Training of trainers",
                                LocalDate.of(2026, 9, 30),
                                "NEXEM",
                                "IN_PROGRESS",
                                false,
                                false),
                        new Deadline(
                                "FORESEE",
                                Kind.EVENT,
                                "D4.2",
                                "Training of trainers",
                                LocalDate.of(2026, 6, 10),
                                "ELISFA",
                                "PLANNED",
                                false,
                                true,
                                "Maison des associations, Lyon, FR",
                                ZonedDateTime.of(2026, 6, 10, 9, 30, 0, 0, PARIS),
                                ZonedDateTime.of(2026, 6, 11, 17, 0, 0, 0, PARIS),
                                LocalDate.of(2026, 6, 11))),
                DeadlineService.ofDeliverable(training, false, TODAY));
    }

    @Test
    void anEventHeldOnItsActualDateIsDoneAndItsLeadAnswersForItWithoutAHost() {
        DeliverableDates meeting = event(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 15));
        assertEquals(
                new Deadline(
                        "FORESEE",
                        Kind.EVENT,
                        "D2.3",
                        "Thematic meeting",
                        LocalDate.of(2026, 6, 15),
                        "NEXEM",
                        "HELD",
                        true,
                        false),
                DeadlineService.ofDeliverable(meeting, false, TODAY).get(1));
    }

    @Test
    void anActualDateStillAheadIsAPlannedEventOnThatDate() {
        DeliverableDates meeting = event(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 2));
        assertEquals(
                new Deadline(
                        "FORESEE",
                        Kind.EVENT,
                        "D2.3",
                        "Thematic meeting",
                        LocalDate.of(2026, 7, 2),
                        "NEXEM",
                        "PLANNED",
                        false,
                        false),
                DeadlineService.ofDeliverable(meeting, false, TODAY).get(1));
    }

    @Test
    void anEventWithoutADateAndADocumentWithADateGiveTheDueDateOnly() {
        assertEquals(
                1,
                DeadlineService.ofDeliverable(event(null, null), false, TODAY).size());
        DeliverableDates studyWithADate = new DeliverableDates(
                1L,
                "FORESEE",
                DeliverableKind.STUDY,
                "D1.2",
                "Mapping",
                LocalDate.of(2026, 8, 31),
                "NEXEM",
                DeliverableStatus.PLANNED,
                null,
                LocalDate.of(2026, 7, 1),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        assertEquals(
                1, DeadlineService.ofDeliverable(studyWithADate, false, TODAY).size());
    }

    @Test
    void aPlaceLeavesOutBlankPartsAndAStartWithoutAnEndLastsUnknown() {
        DeliverableDates conference = new DeliverableDates(
                1L,
                "FORESEE",
                DeliverableKind.CONFERENCE,
                "D5.1",
                "Final conference",
                LocalDate.of(2026, 12, 31),
                "NEXEM",
                DeliverableStatus.PLANNED,
                null,
                LocalDate.of(2026, 11, 20),
                null,
                null,
                LocalTime.of(14, 0),
                null,
                "Europe/Warsaw",
                null,
                "Warsaw",
                " ",
                null);
        assertEquals(
                new Deadline(
                        "FORESEE",
                        Kind.EVENT,
                        "D5.1",
                        "Final conference",
                        LocalDate.of(2026, 11, 20),
                        "NEXEM",
                        "PLANNED",
                        false,
                        false,
                        "Warsaw",
                        ZonedDateTime.of(2026, 11, 20, 14, 0, 0, 0, ZoneId.of("Europe/Warsaw")),
                        null,
                        null),
                DeadlineService.ofDeliverable(conference, false, TODAY).get(1));
    }

    @Test
    void theFundersViewHasEveryDeliverableInTheFundersWords() {
        assertEquals(
                List.of(new Deadline(
                        "FORESEE",
                        Kind.DELIVERABLE,
                        "D1.1",
                        "State of the art",
                        LocalDate.of(2026, 5, 31),
                        "NEXEM",
                        "NOT_SUBMITTED",
                        false,
                        true)),
                DeadlineService.ofDeliverable(
                        study("D1.1", LocalDate.of(2026, 5, 31), DeliverableStatus.APPROVED), true, TODAY));
        assertEquals(
                List.of(new Deadline(
                        "FORESEE",
                        Kind.DELIVERABLE,
                        "D1.1",
                        "State of the art",
                        LocalDate.of(2026, 5, 31),
                        "NEXEM",
                        "REVISION_REQUESTED",
                        false,
                        true)),
                DeadlineService.ofDeliverable(
                        study("D1.1", LocalDate.of(2026, 5, 31), DeliverableStatus.REVISION_REQUESTED), true, TODAY));
    }

    @Test
    void aRevisionTheConsortiumIsPreparingIsStillRequestedInTheFundersView() {
        DeliverableDates reopened = new DeliverableDates(
                1L,
                "FORESEE",
                DeliverableKind.STUDY,
                "D1.1",
                "State of the art",
                LocalDate.of(2026, 5, 31),
                "NEXEM",
                DeliverableStatus.IN_PROGRESS,
                OffsetDateTime.of(2026, 5, 30, 10, 0, 0, 0, ZoneOffset.UTC),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        assertEquals(
                "REVISION_REQUESTED",
                DeadlineService.ofDeliverable(reopened, true, TODAY).get(0).state());
        assertEquals(
                "IN_PROGRESS",
                DeadlineService.ofDeliverable(reopened, false, TODAY).get(0).state());
    }

    @Test
    void aMeetingIsAnsweredForByItsFirstHostElseItsWorkPackagesLead() {
        MeetingDates planned = new MeetingDates(
                "FORESEE",
                "SC2",
                "Steering committee",
                LocalDate.of(2026, 6, 10),
                null,
                null,
                LocalTime.of(10, 0),
                LocalTime.of(12, 30),
                "Europe/Paris",
                "FR",
                "Paris",
                null,
                "ELISFA",
                "NEXEM");
        assertEquals(
                new Deadline(
                        "FORESEE",
                        Kind.MEETING,
                        "SC2",
                        "Steering committee",
                        LocalDate.of(2026, 6, 10),
                        "ELISFA",
                        "PLANNED",
                        false,
                        true,
                        "Paris, FR",
                        ZonedDateTime.of(2026, 6, 10, 10, 0, 0, 0, PARIS),
                        ZonedDateTime.of(2026, 6, 10, 12, 30, 0, 0, PARIS),
                        null),
                DeadlineService.ofMeeting(planned, TODAY));
        MeetingDates held = new MeetingDates(
                "FORESEE",
                "PM1",
                "Partner meeting",
                LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 6, 2),
                LocalDate.of(2026, 6, 3),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "NEXEM");
        assertEquals(
                new Deadline(
                        "FORESEE",
                        Kind.MEETING,
                        "PM1",
                        "Partner meeting",
                        LocalDate.of(2026, 6, 2),
                        "NEXEM",
                        "HELD",
                        true,
                        false,
                        null,
                        null,
                        null,
                        LocalDate.of(2026, 6, 3)),
                DeadlineService.ofMeeting(held, TODAY));
    }

    @Test
    void aMilestoneIsAnsweredForByItsWorkPackagesLeadOrElseTheCoordinator() {
        assertEquals(
                new Deadline(
                        "FORESEE",
                        Kind.MILESTONE,
                        "MS2",
                        "Toolkit online",
                        LocalDate.of(2026, 5, 31),
                        "NEXEM",
                        "OPEN",
                        false,
                        true),
                DeadlineService.ofMilestone(
                        "FORESEE", "MS2", "Toolkit online", LocalDate.of(2026, 5, 31), null, "NEXEM", "UNIPSO", TODAY));
        assertEquals(
                new Deadline(
                        "FORESEE",
                        Kind.MILESTONE,
                        "MS3",
                        "Mid-term review",
                        LocalDate.of(2026, 6, 15),
                        "UNIPSO",
                        "OPEN",
                        false,
                        false),
                DeadlineService.ofMilestone(
                        "FORESEE", "MS3", "Mid-term review", LocalDate.of(2026, 6, 15), null, null, "UNIPSO", TODAY));
    }

    @Test
    void aMilestoneReachedLateIsDoneNotOverdue() {
        assertEquals(
                new Deadline(
                        "FORESEE",
                        Kind.MILESTONE,
                        "MS2",
                        "Toolkit online",
                        LocalDate.of(2026, 5, 31),
                        "NEXEM",
                        "REACHED",
                        true,
                        false),
                DeadlineService.ofMilestone(
                        "FORESEE",
                        "MS2",
                        "Toolkit online",
                        LocalDate.of(2026, 5, 31),
                        LocalDate.of(2026, 6, 3),
                        "NEXEM",
                        "UNIPSO",
                        TODAY));
    }

    @Test
    void aReportIsDueSixtyDaysAfterTheLastDayOfItsPeriod() {
        Project foresee = project("FORESEE", LocalDate.of(2021, 2, 1), LocalDate.of(2023, 2, 28));
        assertEquals(
                new Deadline(
                        "FORESEE",
                        Kind.REPORT,
                        "RP1",
                        "Periodic report 1",
                        LocalDate.of(2022, 4, 1),
                        "UNIPSO",
                        "DUE",
                        false,
                        false),
                DeadlineService.ofReport(
                        foresee,
                        1,
                        ReportDueDates.dueDate(foresee, 12, 60),
                        "UNIPSO",
                        false,
                        LocalDate.of(2022, 4, 1)));
        assertEquals(
                new Deadline(
                        "FORESEE",
                        Kind.REPORT,
                        "RP2",
                        "Periodic report 2",
                        LocalDate.of(2023, 4, 29),
                        "UNIPSO",
                        "DUE",
                        false,
                        true),
                DeadlineService.ofReport(foresee, 2, ReportDueDates.dueDate(foresee, 25, 60), "UNIPSO", false, TODAY));
    }

    @Test
    void aSubmittedReportIsDoneAndNeverOverdue() {
        Project foresee = project("FORESEE", LocalDate.of(2021, 2, 1), LocalDate.of(2023, 2, 28));
        assertEquals(
                new Deadline(
                        "FORESEE",
                        Kind.REPORT,
                        "RP1",
                        "Periodic report 1",
                        LocalDate.of(2022, 4, 1),
                        "UNIPSO",
                        "SUBMITTED",
                        true,
                        false),
                DeadlineService.ofReport(foresee, 1, ReportDueDates.dueDate(foresee, 12, 60), "UNIPSO", true, TODAY));
    }

    @Test
    void aReportDueDateCountsFromTheProjectsEndWhenItsLastMonthIsCutShort() {
        Project project = project("CUT", LocalDate.of(2024, 1, 15), LocalDate.of(2025, 1, 31));
        assertEquals(
                LocalDate.of(2025, 4, 1),
                DeadlineService.ofReport(project, 2, ReportDueDates.dueDate(project, 13, 60), "UNIPSO", false, TODAY)
                        .dueDate());
        assertEquals(
                LocalDate.of(2024, 7, 14),
                DeadlineService.ofReport(project, 1, ReportDueDates.dueDate(project, 6, 0), "UNIPSO", false, TODAY)
                        .dueDate());
    }

    @Test
    void aReportDueDateFollowsTheMonthsOfAProjectStartingOnTheThirtyFirst() {
        Project project = project("LATE", LocalDate.of(2021, 1, 31), LocalDate.of(2022, 1, 30));
        assertEquals(
                LocalDate.of(2021, 6, 28),
                DeadlineService.ofReport(project, 1, ReportDueDates.dueDate(project, 3, 60), "UNIPSO", false, TODAY)
                        .dueDate());
    }

    @Test
    void theWindowKeepsItsBoundsAndSortsByDateProjectKindThenCode() {
        Deadline reportOfAlpha = deadline("ALPHA", Kind.REPORT, "RP1", LocalDate.of(2026, 7, 1), false);
        Deadline eventOfAlpha = deadline("ALPHA", Kind.EVENT, "D1.1", LocalDate.of(2026, 7, 1), false);
        Deadline milestoneOfAlpha = deadline("ALPHA", Kind.MILESTONE, "MS1", LocalDate.of(2026, 7, 1), false);
        Deadline tenthOfAlpha = deadline("ALPHA", Kind.DELIVERABLE, "D1.10", LocalDate.of(2026, 7, 1), false);
        Deadline secondOfAlpha = deadline("ALPHA", Kind.DELIVERABLE, "D1.2", LocalDate.of(2026, 7, 1), false);
        Deadline ofBeta = deadline("BETA", Kind.DELIVERABLE, "D1.1", LocalDate.of(2026, 7, 1), false);
        Deadline first = deadline("BETA", Kind.MILESTONE, "MS9", LocalDate.of(2026, 6, 20), false);
        Deadline last = deadline("ALPHA", Kind.DELIVERABLE, "D9.9", LocalDate.of(2026, 7, 31), false);
        Deadline pastTheEnd = deadline("ALPHA", Kind.DELIVERABLE, "D9.8", LocalDate.of(2026, 8, 1), false);
        Deadline overdue = deadline("ALPHA", Kind.DELIVERABLE, "D0.1", LocalDate.of(2026, 1, 31), true);
        Deadline theDayBefore = deadline("ALPHA", Kind.EVENT, "D0.2", LocalDate.of(2026, 6, 19), false);
        List<Deadline> all = List.of(
                reportOfAlpha,
                pastTheEnd,
                ofBeta,
                eventOfAlpha,
                last,
                overdue,
                tenthOfAlpha,
                theDayBefore,
                milestoneOfAlpha,
                secondOfAlpha,
                first);
        LocalDate from = LocalDate.of(2026, 6, 20);
        LocalDate to = LocalDate.of(2026, 7, 31);
        assertEquals(
                List.of(
                        first,
                        tenthOfAlpha,
                        secondOfAlpha,
                        milestoneOfAlpha,
                        eventOfAlpha,
                        reportOfAlpha,
                        ofBeta,
                        last),
                DeadlineService.window(all, from, to, false));
        assertEquals(
                List.of(
                        overdue,
                        first,
                        tenthOfAlpha,
                        secondOfAlpha,
                        milestoneOfAlpha,
                        eventOfAlpha,
                        reportOfAlpha,
                        ofBeta,
                        last),
                DeadlineService.window(all, from, to, true));
        assertEquals(
                List.of(
                        overdue,
                        theDayBefore,
                        first,
                        tenthOfAlpha,
                        secondOfAlpha,
                        milestoneOfAlpha,
                        eventOfAlpha,
                        reportOfAlpha,
                        ofBeta),
                DeadlineService.window(all, null, LocalDate.of(2026, 7, 1), false));
        assertEquals(List.of(last, pastTheEnd), DeadlineService.window(all, LocalDate.of(2026, 7, 2), null, false));
        assertEquals(11, DeadlineService.window(all, null, null, false).size());
    }

    private static DeliverableDates study(String code, LocalDate due, DeliverableStatus status) {
        return new DeliverableDates(
                1L,
                "FORESEE",
                DeliverableKind.STUDY,
                code,
                "State of the art",
                due,
                "NEXEM",
                status,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** A thematic meeting of NEXEM's, due at the end of 2026, with no host, place or hours. */
    private static DeliverableDates event(LocalDate planned, LocalDate actual) {
        return new DeliverableDates(
                1L,
                "FORESEE",
                DeliverableKind.THEMATIC_MEETING,
                "D2.3",
                "Thematic meeting",
                LocalDate.of(2026, 12, 31),
                "NEXEM",
                DeliverableStatus.IN_PROGRESS,
                null,
                planned,
                actual,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    private static Deadline deadline(String project, Kind kind, String code, LocalDate due, boolean overdue) {
        return new Deadline(project, kind, code, code, due, "NEXEM", "OPEN", false, overdue);
    }

    private static Project project(String acronym, LocalDate start, LocalDate end) {
        Project project = new Project();
        project.acronym = acronym;
        project.startDate = start;
        project.endDate = end;
        return project;
    }
}
