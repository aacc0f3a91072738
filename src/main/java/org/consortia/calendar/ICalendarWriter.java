package org.consortia.calendar;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.FoldingWriter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import org.consortia.deadline.Deadline;

/**
 * Deadlines as an iCalendar document (RFC 5545), written by ical4j: one event per deadline — all-day,
 * or timed (in UTC) for a meeting or training with a time of day — with a UID that stays the same while the item
 * exists (so a calendar application replaces the entry when the date moves), the project and a link in the
 * description, and the place of events. The events are written one by one as they are made (a person's feed
 * holds thousands): ical4j's calendar object copies its component list at each addition, and would hold them all.
 */
final class ICalendarWriter {

    private ICalendarWriter() {}

    static void write(String name, List<Deadline> deadlines, URI base, CalendarMessages messages, Writer target)
            throws IOException {
        Calendar header = new Calendar()
                .withProdId("-//Consortia//Deadlines//EN")
                .withDefaults()
                .withProperty(new XProperty("X-WR-CALNAME", name))
                .getFluentTarget();
        // ical4j's folding writer hands on one character at a time: buffered, or each would be encoded on its own.
        FoldingWriter out = new FoldingWriter(new BufferedWriter(target, 64 * 1024), FoldingWriter.REDUCED_FOLD_LENGTH);
        out.write("BEGIN:VCALENDAR\r\n");
        for (Property property : header.getProperties()) {
            out.write(property.toString());
        }
        for (Deadline deadline : deadlines) {
            out.write(event(deadline, base, messages).toString());
        }
        out.write("END:VCALENDAR\r\n");
        out.flush();
    }

    private static VEvent event(Deadline deadline, URI base, CalendarMessages messages) {
        VEvent event = deadline.startsAt() == null
                ? new VEvent(deadline.dueDate(), deadline.until().plusDays(1), summary(deadline, messages))
                : timed(deadline, summary(deadline, messages));
        URI link = base.resolve(
                deadline.isDeliverable()
                        ? "projects/" + deadline.project() + "/deliverables/" + deadline.code()
                        : deadline.isMeeting()
                                ? "projects/" + deadline.project() + "/events/" + deadline.code()
                                : "projects/" + deadline.project());
        event.withProperty(new Uid(deadline.project() + "-" + deadline.kind() + "-" + deadline.code() + "@consortia"))
                .withProperty(new Description(deadline.project() + " · " + title(deadline, messages)
                        + (deadline.responsible() == null ? "" : " · " + deadline.responsible()) + "\n" + link))
                .withProperty(new Url(link));
        if (deadline.place() != null) {
            event.withProperty(new Location(deadline.place()));
        }
        return event;
    }

    /** An event at a time of day, written in UTC (no time-zone definitions to carry). */
    private static VEvent timed(Deadline deadline, String summary) {
        Instant start = deadline.startsAt().toInstant();
        return deadline.endsAt() == null
                ? new VEvent(start, summary)
                : new VEvent(start, deadline.endsAt().toInstant(), summary);
    }

    private static String summary(Deadline deadline, CalendarMessages messages) {
        return messages.summary(deadline.kind(), deadline.project(), deadline.code(), deadline.title());
    }

    private static String title(Deadline deadline, CalendarMessages messages) {
        return deadline.kind() == Deadline.Kind.REPORT ? messages.report_title(deadline.code()) : deadline.title();
    }
}
