package org.consortia.calendar;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.consortia.deadline.Deadline;

/**
 * The texts of the calendar feeds, in English; the other languages are in {@code messages/calendar_<language>.properties}.
 * A feed speaks its owner's language (the one of their mails).
 */
@MessageBundle("calendar")
public interface CalendarMessages {

    @Message("[{project}] {#when kind}{#is DELIVERABLE}Due: {code} {title}{#is MILESTONE}Milestone: {code} {title}"
            + "{#is EVENT}{code} {title}{#is MEETING}{code} {title}{#is REPORT}Periodic report due: {code}{/when}")
    String summary(Deadline.Kind kind, String project, String code, String title);

    @Message("Periodic report {code}")
    String report_title(String code);
}
