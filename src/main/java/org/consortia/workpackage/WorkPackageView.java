package org.consortia.workpackage;

/** A work package as the API shows it. */
public record WorkPackageView(
        String number, String title, String lead, int startMonth, int endMonth, String objectives, long version) {

    static WorkPackageView of(WorkPackage w) {
        return new WorkPackageView(w.code(), w.title, w.lead.code(), w.startMonth, w.endMonth, w.objectives, w.version);
    }
}
