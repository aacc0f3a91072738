package org.consortia.overview;

import java.util.List;

/** A work package with its deliverables, for the grouped table and the timeline. */
public record WorkPackageGroup(
        String code, String title, String lead, int startMonth, int endMonth, List<DeliverableRow> deliverables) {}
