package org.consortia.deliverable;

import java.time.LocalDate;
import java.util.List;

/** A deliverable as the API shows it, with its derived due date and whether it is overdue. */
public record DeliverableView(
        String code,
        String title,
        String description,
        String workPackage,
        String lead,
        List<String> contributors,
        DeliverableKind kind,
        DeliverableType type,
        DisseminationLevel disseminationLevel,
        int dueMonth,
        LocalDate dueDate,
        boolean dueDateExplicit,
        DeliverableStatus status,
        boolean overdue,
        List<String> dependsOn,
        EventInput event,
        WorkflowState workflow,
        long version) {}
