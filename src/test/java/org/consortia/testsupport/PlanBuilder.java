package org.consortia.testsupport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A plan document as the import endpoint reads it, built in code for tests. */
public final class PlanBuilder {

    private final Map<String, Object> project = new HashMap<>();
    private final List<Map<String, Object>> organisations = new ArrayList<>();
    private final List<Map<String, Object>> partners = new ArrayList<>();
    private final List<Map<String, Object>> workPackages = new ArrayList<>();
    private final List<Map<String, Object>> deliverables = new ArrayList<>();
    private final List<Map<String, Object>> milestones = new ArrayList<>();
    private final List<Map<String, Object>> reportingPeriods = new ArrayList<>();

    /** A 24-month project (2025–2026) with a coordinator, two beneficiaries, WP1 and two reporting periods. */
    public static PlanBuilder consortium(String acronym, String coordinator, String partner, String other) {
        PlanBuilder plan = new PlanBuilder();
        plan.project.putAll(Fixtures.projectBody(acronym));
        plan.partner(coordinator, "COORDINATOR").partner(partner, "BENEFICIARY").partner(other, "BENEFICIARY");
        plan.workPackages.add(new HashMap<>(Map.of(
                "number", "WP1", "title", "Coordination", "lead", coordinator, "startMonth", 1, "endMonth", 24)));
        plan.reportingPeriods.add(Map.of("number", 1, "startMonth", 1, "endMonth", 12));
        plan.reportingPeriods.add(Map.of("number", 2, "startMonth", 13, "endMonth", 24));
        return plan;
    }

    public PlanBuilder partner(String code, String role) {
        organisations.add(Fixtures.organisationBody(code));
        partners.add(new HashMap<>(Map.of("organisation", code, "role", role)));
        return this;
    }

    public PlanBuilder deliverable(Map<String, Object> deliverable) {
        deliverables.add(deliverable);
        return this;
    }

    /**
     * Deliverables D1…D{count}, led in turn by {@code partner} and {@code other}, each with {@code contributor}
     * and depending on the one before, every third a training in Castelo Branco hosted by {@code partner}:
     * a plan whose size the query-count tests vary.
     */
    public PlanBuilder chainOfDeliverables(int count, String contributor, String partner, String other) {
        for (int i = 1; i <= count; i++) {
            Map<String, Object> deliverable =
                    Fixtures.deliverableBody("D" + i, i % 2 == 0 ? partner : other, 1 + i % 24);
            deliverable.put("contributors", List.of(contributor));
            if (i > 1) {
                deliverable.put("dependsOn", List.of("D" + (i - 1)));
            }
            if (i % 3 == 0) {
                deliverable.put("kind", "TRAINING");
                deliverable.put(
                        "event",
                        Map.of(
                                "country",
                                "PT",
                                "city",
                                "Castelo Branco",
                                "hosts",
                                List.of(partner),
                                "expectedParticipants",
                                20 + i));
            }
            deliverable(deliverable);
        }
        return this;
    }

    public PlanBuilder milestone(String code, int dueMonth) {
        milestones.add(new HashMap<>(
                Map.of("code", code, "title", "Milestone " + code, "workPackage", "WP1", "dueMonth", dueMonth)));
        return this;
    }

    public Map<String, Object> project() {
        return project;
    }

    public List<Map<String, Object>> partners() {
        return partners;
    }

    public List<Map<String, Object>> deliverables() {
        return deliverables;
    }

    public Map<String, Object> build() {
        Map<String, Object> document = new HashMap<>();
        document.put("project", project);
        document.put("organisations", organisations);
        document.put("partners", partners);
        document.put("workPackages", workPackages);
        document.put("deliverables", deliverables);
        document.put("milestones", milestones);
        document.put("reportingPeriods", reportingPeriods);
        return document;
    }
}
