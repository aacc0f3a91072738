package org.consortia.deliverable;

import static org.consortia.web.FormValues.choice;
import static org.consortia.web.FormValues.date;
import static org.consortia.web.FormValues.number;
import static org.consortia.web.FormValues.shown;
import static org.consortia.web.FormValues.text;
import static org.consortia.web.FormValues.ticked;

import jakarta.ws.rs.BeanParam;
import java.util.List;
import org.consortia.event.EventFields;
import org.consortia.web.FormErrors;
import org.consortia.web.ItemFields;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The deliverable form as typed. It holds the plan only: the status moves through the workflow, so an
 * update leaves it as it is.
 */
public class DeliverableFields extends ItemFields<DeliverableInput> {

    /** Only on a new deliverable: the code cannot change. */
    @RestForm
    public String code;

    @RestForm
    public String title;

    @RestForm
    public String description;

    @RestForm
    public String workPackage;

    @RestForm
    public String lead;

    @RestForm
    public List<String> contributors;

    @RestForm
    public String kind;

    @RestForm
    public String type;

    @RestForm
    public String disseminationLevel;

    /** The due month, or else {@link #dueDate}: a date fixed within its month. */
    @RestForm
    public String dueMonth;

    @RestForm
    public String dueDate;

    /** When the consortium now expects it; empty for its due date. */
    @RestForm
    public String forecastDate;

    @RestForm
    public List<String> dependsOn;

    @BeanParam
    public EventFields event;

    /** A new deliverable: a report, public, as most are. */
    static DeliverableFields blank() {
        DeliverableFields fields = new DeliverableFields();
        fields.type = DeliverableType.R.name();
        fields.disseminationLevel = DisseminationLevel.PU.name();
        fields.event = EventFields.of(null);
        return fields;
    }

    /** The plan of a deliverable, with its due date as the plan holds it: a month, or a fixed date. */
    static DeliverableFields of(DeliverableView deliverable) {
        DeliverableFields fields = new DeliverableFields();
        fields.code = deliverable.code();
        fields.title = deliverable.title();
        fields.description = shown(deliverable.description());
        fields.workPackage = deliverable.workPackage();
        fields.lead = deliverable.lead();
        fields.contributors = deliverable.contributors();
        fields.kind = deliverable.kind().name();
        fields.type = deliverable.type().name();
        fields.disseminationLevel = deliverable.disseminationLevel().name();
        fields.dueMonth = deliverable.dueDateExplicit() ? "" : shown(deliverable.dueMonth());
        fields.dueDate = deliverable.dueDateExplicit() ? shown(deliverable.dueDate()) : "";
        fields.forecastDate =
                deliverable.forecastDate().equals(deliverable.dueDate()) ? "" : shown(deliverable.forecastDate());
        fields.dependsOn = deliverable.dependsOn();
        fields.event = EventFields.of(deliverable.event());
        fields.version = shown(deliverable.version());
        return fields;
    }

    public boolean hasContributor(String partner) {
        return contributors != null && contributors.contains(partner);
    }

    public boolean hasDependency(String deliverable) {
        return dependsOn != null && dependsOn.contains(deliverable);
    }

    /** The input, for the deliverable {@code code} (null when new: the code typed then). */
    @Override
    protected DeliverableInput input(String existingCode, FormErrors errors) {
        return new DeliverableInput(
                existingCode != null ? existingCode : text(code),
                text(title),
                text(description),
                text(workPackage),
                text(lead),
                ticked(contributors),
                choice(DeliverableKind.class, kind, "kind", errors),
                choice(DeliverableType.class, type, "type", errors),
                choice(DisseminationLevel.class, disseminationLevel, "disseminationLevel", errors),
                number(dueMonth, "dueMonth", errors),
                date(dueDate, "dueDate", errors),
                date(forecastDate, "forecastDate", errors),
                null,
                ticked(dependsOn),
                event == null ? null : event.input(errors));
    }
}
