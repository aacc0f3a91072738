package org.consortia.export;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.consortia.deliverable.DeliverableMessages;
import org.consortia.deliverable.DeliverableView;
import org.consortia.event.EventInput;
import org.consortia.meeting.MeetingMessages;
import org.consortia.meeting.MeetingView;
import org.consortia.web.Messages;

/**
 * The deliverables list and the events list of a project as tables, with headers, kinds, statuses and
 * yes/no in the caller's language. Codes (work package, partners, EU type, dissemination level) stay codes.
 */
final class ExportTables {

    static final List<String> DELIVERABLE_COLUMNS = List.of(
            "code",
            "title",
            "workPackage",
            "lead",
            "kind",
            "type",
            "disseminationLevel",
            "dueDate",
            "dueMonth",
            "status",
            "submittedOn",
            "overdue");

    static final List<String> EVENT_COLUMNS = List.of(
            "deliverable",
            "title",
            "kind",
            "plannedDate",
            "actualDate",
            "endDate",
            "mode",
            "country",
            "city",
            "venue",
            "hosts",
            "languages",
            "targetGroups",
            "registrationDeadline",
            "expectedParticipants",
            "actualParticipants");

    private ExportTables() {}

    /**
     * A list of deliverables as a table, its headings and values named in the caller's language: the lists' names
     * are the pages', the headings the exports' own.
     */
    @FunctionalInterface
    interface Tabulation {
        ExportTable apply(
                List<DeliverableView> deliverables, Messages msg, ExportMessages export, DeliverableMessages values);
    }

    /** Every deliverable given, in their order (due date, then code). */
    static ExportTable deliverables(
            List<DeliverableView> deliverables, Messages msg, ExportMessages export, DeliverableMessages values) {
        List<List<Object>> rows = new ArrayList<>();
        for (DeliverableView d : deliverables) {
            rows.add(Arrays.asList(
                    d.code(),
                    d.title(),
                    d.workPackage(),
                    d.lead(),
                    values.kind(d.kind()),
                    d.type().name(),
                    d.disseminationLevel().name(),
                    d.dueDate(),
                    d.dueMonth(),
                    d.shown().nameIn(values),
                    submittedOn(d),
                    export.export_yes_no(d.overdue())));
        }
        return new ExportTable(msg.deliverables(), headers(DELIVERABLE_COLUMNS, export), rows);
    }

    /**
     * The meetings, trainings, national events and conferences among the deliverables given, and the meetings that
     * are not deliverables, as the status page orders them: by date (held, else planned; none last), then code.
     */
    static ExportTable events(
            List<DeliverableView> deliverables,
            List<MeetingView> meetings,
            Messages msg,
            ExportMessages export,
            DeliverableMessages values,
            MeetingMessages meetingValues) {
        Stream<HeldEvent> held = Stream.concat(
                deliverables.stream()
                        .filter(d -> d.kind().isEvent())
                        .map(d -> new HeldEvent(d.code(), d.title(), values.kind(d.kind()), d.event(), d.eventHosts())),
                meetings.stream()
                        .map(m -> new HeldEvent(
                                m.code(), m.title(), meetingValues.kind(m.kind()), m.event(), m.hosts())));
        List<List<Object>> rows = held.sorted(
                        Comparator.comparing(HeldEvent::firstDay, Comparator.nullsLast(Comparator.naturalOrder()))
                                .thenComparing(HeldEvent::code))
                .map(h -> {
                    Optional<EventInput> e = Optional.ofNullable(h.event());
                    return Arrays.<Object>asList(
                            h.code(),
                            h.title(),
                            h.kind(),
                            e.map(EventInput::plannedDate).orElse(null),
                            e.map(EventInput::actualDate).orElse(null),
                            e.map(EventInput::endDate).orElse(null),
                            e.map(event -> values.mode(event.mode())).orElse(null),
                            e.map(EventInput::country).orElse(null),
                            e.map(EventInput::city).orElse(null),
                            e.map(EventInput::venue).orElse(null),
                            String.join(", ", h.hosts()),
                            e.map(event -> String.join(", ", event.languages())).orElse(null),
                            e.map(event -> String.join("; ", event.targetGroups()))
                                    .orElse(null),
                            e.map(EventInput::registrationDeadline).orElse(null),
                            e.map(EventInput::expectedParticipants).orElse(null),
                            e.map(EventInput::actualParticipants).orElse(null));
                })
                .toList();
        return new ExportTable(msg.events(), headers(EVENT_COLUMNS, export), rows);
    }

    /** An event deliverable or a meeting: its kind in words, its details (none for a deliverable not described). */
    private record HeldEvent(String code, String title, String kind, EventInput event, List<String> hosts) {

        LocalDate firstDay() {
            return event == null ? null : event.firstDay();
        }
    }

    /** The day it reached the funder, in UTC (the platform's clock); none before it was submitted. */
    private static LocalDate submittedOn(DeliverableView d) {
        return d.workflow().submittedAt() == null
                ? null
                : d.workflow().submittedAt().atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
    }

    private static List<String> headers(List<String> columns, ExportMessages export) {
        return columns.stream().map(export::export_column).toList();
    }
}
