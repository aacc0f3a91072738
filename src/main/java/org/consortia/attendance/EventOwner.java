package org.consortia.attendance;

import org.consortia.deliverable.DeliverableView;
import org.consortia.deliverable.FunderProjection;
import org.consortia.meeting.MeetingView;
import org.consortia.project.Project;

/**
 * Whose an event is, as its pages and refusals name it: a deliverable's or a {@code meeting}'s code and title, the page
 * it belongs to ({@code link}), who organises it (in words), and whether the funder received it: then the funder reads
 * the evidence chosen for it ({@link FunderProjection#readsChosenEvidence}). Nothing of a meeting is sent to the
 * funder: no sheet of one is chosen for it.
 */
public record EventOwner(
        String code, String title, String link, String organisers, boolean meeting, boolean withFunder) {

    static EventOwner of(Project project, DeliverableView deliverable) {
        return new EventOwner(
                deliverable.code(),
                deliverable.title(),
                "/projects/" + project.acronym + "/deliverables/" + deliverable.code(),
                deliverable.eventOrganisers(),
                false,
                FunderProjection.readsChosenEvidence(deliverable));
    }

    static EventOwner of(Project project, MeetingView meeting) {
        return new EventOwner(
                meeting.code(),
                meeting.title(),
                "/projects/" + project.acronym + "/meetings",
                meeting.organisers(),
                true,
                false);
    }
}
