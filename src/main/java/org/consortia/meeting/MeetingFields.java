package org.consortia.meeting;

import static org.consortia.web.FormValues.choice;
import static org.consortia.web.FormValues.shown;
import static org.consortia.web.FormValues.text;

import jakarta.ws.rs.BeanParam;
import org.consortia.event.EventFields;
import org.consortia.web.FormErrors;
import org.jboss.resteasy.reactive.RestForm;

/** The meeting form as typed: its code (for a new one), title, work package and kind, and its event details. */
public class MeetingFields {

    @RestForm
    public String code;

    @RestForm
    public String title;

    @RestForm
    public String workPackage;

    @RestForm
    public String kind;

    @BeanParam
    public EventFields event;

    @RestForm
    public String version;

    static MeetingFields blank() {
        MeetingFields fields = new MeetingFields();
        fields.event = EventFields.of(null);
        return fields;
    }

    static MeetingFields of(MeetingView meeting) {
        MeetingFields fields = new MeetingFields();
        fields.code = meeting.code();
        fields.title = meeting.title();
        fields.workPackage = meeting.workPackage();
        fields.kind = meeting.kind().name();
        fields.event = EventFields.of(meeting.event());
        fields.version = shown(meeting.version());
        return fields;
    }

    /** The meeting as typed; {@code code}: the stored one's, for a change (the form does not offer it). */
    MeetingInput input(String code, FormErrors errors) {
        return new MeetingInput(
                code != null ? code : text(this.code),
                text(title),
                text(workPackage),
                choice(MeetingKind.class, kind, "kind", errors),
                event.input(errors));
    }
}
