package org.consortia.deliverable;

import java.time.LocalDate;
import java.util.List;
import org.consortia.event.EventInput;

/**
 * A deliverable as the API shows it, with its derived due date and whether it is overdue. {@code status} is the
 * consortium's own (absent from the funder's view, {@link FunderProjection}); {@code funderStatus} is where it stands
 * for the funder.
 */
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
        LocalDate forecastDate,
        DeliverableStatus status,
        FunderStatus funderStatus,
        boolean overdue,
        List<String> dependsOn,
        EventInput event,
        WorkflowState workflow,
        ArchiveNote archived,
        long version) {

    /** The status its reader is told: the consortium's own, or the funder's words in the funder's view. */
    public ShownStatus shown() {
        return status != null ? status : funderStatus;
    }

    /**
     * Who organises its event, for a refusal: "the coordinator, the lead partner NEXEM or the hosts FONSS, WRZOS"
     * ({@code Standing.mayRecordEvent}).
     */
    public String eventOrganisers() {
        return "the coordinator, the lead partner " + lead
                + (eventHosts().isEmpty() ? "" : " or the hosts " + String.join(", ", eventHosts()));
    }

    /** The partners hosting its event; none without one. */
    public List<String> eventHosts() {
        return event == null ? List.of() : event.hostCodes();
    }
}
