package org.consortia.deadline;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The names of the kinds of deadline, in English ({@code {deadline:deadline_kind(…)}} in the templates); the other languages are in
 * {@code messages/deadline_<language>.properties}.
 */
@MessageBundle("deadline")
public interface DeadlineMessages {

    @Message(
            "{#when kind}{#is DELIVERABLE}Deliverable{#is MILESTONE}Milestone{#is EVENT}Event{#is REPORT}Periodic report{/when}")
    String deadline_kind(Deadline.Kind kind);
}
