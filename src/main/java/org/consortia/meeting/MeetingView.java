package org.consortia.meeting;

import java.util.Collection;
import java.util.List;
import org.consortia.event.EventInput;

/**
 * A meeting as the API and the pages show it: {@code lead} is the partner leading its work package (null when it has
 * none), who organises it with the coordinator and its hosts; {@code version} its ETag.
 */
public record MeetingView(
        String code, String title, String workPackage, String lead, MeetingKind kind, EventInput event, long version) {

    static MeetingView of(Meeting meeting, Collection<String> hostCodes) {
        return new MeetingView(
                meeting.code,
                meeting.title,
                meeting.workPackage.code(),
                meeting.workPackage.lead == null ? null : meeting.workPackage.lead.code(),
                meeting.kind,
                EventInput.of(meeting.event, hostCodes),
                meeting.version);
    }

    /** Its hosts' codes. */
    public List<String> hosts() {
        return event.hostCodes();
    }

    /** Who organises it, in words for a refusal: the coordinator, the lead of its work package and its hosts. */
    public String organisers() {
        return "the coordinator" + (lead == null ? "" : ", the lead of " + workPackage + " " + lead)
                + (hosts().isEmpty() ? "" : " or the hosts " + String.join(", ", hosts()));
    }
}
