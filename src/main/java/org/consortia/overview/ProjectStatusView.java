package org.consortia.overview;

import java.time.LocalDate;
import java.util.List;
import org.consortia.deadline.Deadline;

/** What the status page shows of a project, as the caller may see it. */
public record ProjectStatusView(
        LocalDate today,
        int currentMonth,
        List<StatusCount> counts,
        List<Deadline> overdue,
        List<Deadline> upcoming,
        List<WorkPackageGroup> workPackages,
        int total,
        int shown,
        List<MilestoneRow> milestones,
        Timeline timeline,
        List<PartnerRow> partners,
        List<EventRow> events,
        List<String> partnerCodes,
        List<String> workPackageCodes,
        double doneShare,
        double elapsedShare) {}
