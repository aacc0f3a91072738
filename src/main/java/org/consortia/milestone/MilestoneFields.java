package org.consortia.milestone;

import static org.consortia.web.FormValues.date;
import static org.consortia.web.FormValues.number;
import static org.consortia.web.FormValues.shown;
import static org.consortia.web.FormValues.text;

import org.consortia.web.FormErrors;
import org.consortia.web.ItemFields;
import org.jboss.resteasy.reactive.RestForm;

/** The milestone form as typed. */
public class MilestoneFields extends ItemFields<MilestoneInput> {

    /** Only on a new milestone: the code cannot change. */
    @RestForm
    public String code;

    @RestForm
    public String title;

    @RestForm
    public String workPackage;

    /** The due month, or else {@link #dueDate}: a date fixed within its month. */
    @RestForm
    public String dueMonth;

    @RestForm
    public String dueDate;

    /** When the consortium now expects it; empty for its due date. */
    @RestForm
    public String forecastDate;

    @RestForm
    public String meansOfVerification;

    @RestForm
    public String achievedDate;

    static MilestoneFields of(MilestoneView milestone) {
        MilestoneFields fields = new MilestoneFields();
        fields.code = milestone.code();
        fields.title = milestone.title();
        fields.workPackage = shown(milestone.workPackage());
        fields.dueMonth = milestone.dueDateExplicit() ? "" : shown(milestone.dueMonth());
        fields.dueDate = milestone.dueDateExplicit() ? shown(milestone.dueDate()) : "";
        fields.forecastDate =
                milestone.forecastDate().equals(milestone.dueDate()) ? "" : shown(milestone.forecastDate());
        fields.meansOfVerification = shown(milestone.meansOfVerification());
        fields.achievedDate = shown(milestone.achievedDate());
        fields.version = shown(milestone.version());
        return fields;
    }

    /** The input, for the milestone {@code code} (null when new: the code typed then). */
    @Override
    protected MilestoneInput input(String existingCode, FormErrors errors) {
        return new MilestoneInput(
                existingCode != null ? existingCode : text(code),
                text(title),
                text(workPackage),
                number(dueMonth, "dueMonth", errors),
                date(dueDate, "dueDate", errors),
                date(forecastDate, "forecastDate", errors),
                text(meansOfVerification),
                date(achievedDate, "achievedDate", errors));
    }
}
