package org.consortia.workpackage;

import static org.consortia.web.FormValues.number;
import static org.consortia.web.FormValues.shown;
import static org.consortia.web.FormValues.text;

import java.util.List;
import org.consortia.web.FormErrors;
import org.consortia.web.ItemFields;
import org.jboss.resteasy.reactive.RestForm;

/** The work package form as typed, so a refused form comes back as it was sent. */
public class WorkPackageFields extends ItemFields<WorkPackageInput> {

    /** Only on a new work package: the number cannot change. */
    @RestForm
    public String number;

    @RestForm
    public String title;

    @RestForm
    public String lead;

    @RestForm
    public String startMonth;

    @RestForm
    public String endMonth;

    @RestForm
    public String objectives;

    /** A new work package, numbered after the last of {@code existing}. */
    static WorkPackageFields after(List<WorkPackageView> existing) {
        int last = existing.stream()
                .mapToInt(w -> WorkPackageCode.parse(w.number()).orElse(0))
                .max()
                .orElse(0);
        WorkPackageFields fields = new WorkPackageFields();
        fields.number = WorkPackageCode.format(last + 1);
        return fields;
    }

    static WorkPackageFields of(WorkPackageView workPackage) {
        WorkPackageFields fields = new WorkPackageFields();
        fields.number = workPackage.number();
        fields.title = workPackage.title();
        fields.lead = workPackage.lead();
        fields.startMonth = shown(workPackage.startMonth());
        fields.endMonth = shown(workPackage.endMonth());
        fields.objectives = shown(workPackage.objectives());
        fields.version = shown(workPackage.version());
        return fields;
    }

    /** The input, for the work package {@code code} (null when new: the number typed then). */
    @Override
    protected WorkPackageInput input(String code, FormErrors errors) {
        return new WorkPackageInput(
                code != null ? code : text(number),
                text(title),
                text(lead),
                number(startMonth, "startMonth", errors),
                number(endMonth, "endMonth", errors),
                text(objectives));
    }
}
