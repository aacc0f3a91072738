package org.consortia.deadline;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The names of the kinds of deadline and the texts of my deadlines, in English ({@code {deadline:deadline_kind(…)}}
 * in the templates); the other languages are in {@code messages/deadline_<language>.properties}.
 */
@MessageBundle("deadline")
public interface DeadlineMessages {

    @Message(
            "{#when kind}{#is DELIVERABLE}Deliverable{#is MILESTONE}Milestone{#is EVENT}Event{#is MEETING}Meeting{#is REPORT}Periodic report{/when}")
    String deadline_kind(Deadline.Kind kind);

    @Message("Across your projects, as of {date}: what is overdue, then what falls due soon.")
    String my_deadlines_intro(String date);

    @Message("Follow these deadlines in your calendar application")
    String subscribe_calendar();

    @Message("Project")
    String col_project();
}
