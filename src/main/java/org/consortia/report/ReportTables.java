package org.consortia.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.consortia.attendance.Breakdown;
import org.consortia.attendance.Evaluation;
import org.consortia.deliverable.DeliverableKind;
import org.consortia.deliverable.DeliverableStatus;
import org.consortia.deliverable.FunderProjection;
import org.consortia.deliverable.FunderStatus;
import org.consortia.deliverable.ShownStatus;
import org.consortia.meeting.MeetingKind;

/**
 * What the platform knows of a reporting period, as a report shows it: computed when a draft is read,
 * frozen with the report at submission (later changes to deliverables do not alter a submitted report).
 *
 * @param deliverables the deliverables due in or before the period
 * @param milestones   the milestones due in or before the period, or reached in it
 * @param events       the events held in the period
 * @param uploads      the files uploaded in the period
 * @param steps        the workflow steps taken in the period
 * @param progress     deliverables planned and delivered, cumulated, for each project month up to the period's end
 * @param participants the participants of the events held in the period, by the venue's country: what revisions frozen
 *     before participants were listed hold; empty since (see {@code attendance})
 * @param attendance   the people on the lists of the events held in the period, counted by the country of their
 *     organisation, kind of organisation, gender, presence and day; null in revisions frozen before
 * @param evaluations  the results of the evaluation surveys of the events held in the period that sent one: averages and
 *     how many gave each score, never who answered what; null in revisions frozen before
 * @param internal     whether the tables hold the consortium's internal annex (uploads and workflow steps): a draft's
 *     do; what is frozen for the funder does not ({@link #forFunder})
 */
public record ReportTables(
        List<DeliverableLine> deliverables,
        List<MilestoneLine> milestones,
        List<EventLine> events,
        List<UploadLine> uploads,
        List<StepLine> steps,
        List<MonthPoint> progress,
        List<CountryCount> participants,
        Breakdown attendance,
        List<Evaluation> evaluations,
        boolean internal) {

    /**
     * The part that goes to the funder ({@link FunderProjection}): each deliverable in the funder's words, without the
     * internal annex (the files uploaded and their names, the internal workflow steps).
     */
    public ReportTables forFunder() {
        return new ReportTables(
                deliverables.stream().map(DeliverableLine::forFunder).toList(),
                milestones,
                events,
                List.of(),
                List.of(),
                progress,
                participants,
                attendance,
                evaluations,
                false);
    }

    /**
     * A deliverable's state at the end of the period (or now, for a draft): {@code status} is the consortium's own,
     * absent from what the funder receives; {@code funderStatus} the funder's words.
     */
    public record DeliverableLine(
            String code,
            String title,
            String workPackage,
            String lead,
            DeliverableKind kind,
            DeliverableStatus status,
            FunderStatus funderStatus,
            LocalDate dueDate,
            LocalDate submittedOn,
            boolean late,
            String delayJustification) {

        DeliverableLine forFunder() {
            return new DeliverableLine(
                    code,
                    title,
                    workPackage,
                    lead,
                    kind,
                    null,
                    funderStatus,
                    dueDate,
                    funderStatus == FunderStatus.NOT_SUBMITTED ? null : submittedOn,
                    late,
                    funderStatus == FunderStatus.NOT_SUBMITTED ? null : delayJustification);
        }

        /** The status its reader is told: the funder's words once frozen for the funder. */
        public ShownStatus shown() {
            return status != null ? status : funderStatus;
        }
    }

    public record MilestoneLine(String code, String title, LocalDate dueDate, boolean reached, LocalDate achievedOn) {}

    /**
     * An event held in the period: a deliverable's ({@code kind}) or a meeting's ({@code meeting}, its kind; null for
     * a deliverable, and in what was frozen before meetings were events); {@code host} names its hosts (its lead
     * partner without one), in one field as frozen.
     */
    public record EventLine(
            String code,
            String title,
            DeliverableKind kind,
            LocalDate heldOn,
            String country,
            String city,
            String host,
            Integer participants,
            MeetingKind meeting) {}

    public record UploadLine(OffsetDateTime at, String deliverable, int version, String fileName, String by) {}

    public record StepLine(
            OffsetDateTime at, String deliverable, DeliverableStatus from, DeliverableStatus to, String by) {}

    /** Month {@code month} of the project: how many deliverables were due by its end, how many delivered. */
    public record MonthPoint(int month, int planned, int delivered) {}

    public record CountryCount(String country, int participants) {}
}
