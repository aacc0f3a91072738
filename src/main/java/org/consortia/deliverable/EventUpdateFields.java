package org.consortia.deliverable;

import jakarta.ws.rs.BeanParam;
import org.consortia.event.EventFields;
import org.consortia.web.FormValues;
import org.jboss.resteasy.reactive.RestForm;

/** The event form of a deliverable as typed: its event details and the version of the deliverable they were read at. */
public class EventUpdateFields {

    @BeanParam
    public EventFields event;

    @RestForm
    public String version;

    static EventUpdateFields of(DeliverableView deliverable) {
        EventUpdateFields fields = new EventUpdateFields();
        fields.event = EventFields.of(deliverable.event());
        fields.version = FormValues.shown(deliverable.version());
        return fields;
    }
}
