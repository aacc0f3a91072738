package org.consortia.meeting;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The names of the kinds of meetings, the meetings page's and form's texts, in English ({@code {meeting:kind(…)}} in
 * the templates); the other languages are in {@code messages/meeting_<language>.properties}.
 */
@MessageBundle("meeting")
public interface MeetingMessages {

    @Message("{#when kind}{#is PARTNER_MEETING}Partner meeting{#is STEERING_COMMITTEE}Steering committee"
            + "{#is PROGRAMME_MEETING}Programme meeting{#is OTHER_MEETING}Other meeting{/when}")
    String kind(MeetingKind kind);

    @Message("Meetings")
    String heading();

    @Message("The partners' own meetings, besides the events that are deliverables: partner meetings, steering"
            + " committees, training-programme meetings. Each belongs to a work package; its participants, signature"
            + " sheets and evaluation count in the periodic report as an event deliverable's do. The funder's"
            + " reviewers see them only in submitted reports.")
    String intro();

    @Message("The meetings, by date")
    String caption();

    @Message("No meeting recorded yet.")
    String none();

    @Message("New meeting")
    String create();

    @Message("Participants and evidence")
    String participants();

    @Message("Remove")
    String remove();

    @Message("{code} was removed.")
    String flash_removed(String code);

    @Message("A code of its own, not a deliverable's (SC1 for a first steering committee, PM2 for a second partner"
            + " meeting): its event's pages are named by it, and it stays.")
    String hint_code();

    @Message("The coordinator and the lead of the work package plan its meetings; the host partners describe them with"
            + " them.")
    String hint_work_package();
}
