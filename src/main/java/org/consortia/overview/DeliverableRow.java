package org.consortia.overview;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.consortia.deliverable.DeliverableKind;
import org.consortia.deliverable.ShownStatus;

/** One line of the status page's deliverables table; its status in the reader's words ({@link ShownStatus}). */
public record DeliverableRow(
        String code,
        String title,
        DeliverableKind kind,
        String workPackage,
        String lead,
        int dueMonth,
        LocalDate dueDate,
        LocalDate forecastDate,
        ShownStatus status,
        boolean overdue,
        boolean late,
        OffsetDateTime lastActivity,
        EventRow event) {

    public boolean delivered() {
        return status.delivered();
    }
}
