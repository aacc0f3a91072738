package org.consortia.deliverable;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.consortia.common.InvalidDataProblem;
import org.consortia.common.QueryDates;
import org.consortia.common.QueryEnums;
import org.consortia.workpackage.WorkPackageCode;

/**
 * The filters of a deliverable list, as query parameters. They arrive as text and are checked here,
 * so a mistyped value is a 400 naming the parameter rather than JAX-RS's 404.
 */
public class DeliverableFilter {

    @QueryParam("status")
    public List<String> status;

    @QueryParam("workPackage")
    public String workPackage;

    @QueryParam("lead")
    public String lead;

    @QueryParam("kind")
    public List<String> kind;

    @QueryParam("dueBefore")
    public String dueBefore;

    @QueryParam("dueAfter")
    public String dueAfter;

    @QueryParam("overdue")
    public String overdue;

    /** {@code true}: the deliverables that left the plan, instead of those in it. */
    @QueryParam("archived")
    public String archived;

    List<DeliverableStatus> statuses() {
        return QueryEnums.list("status", status, DeliverableStatus.class);
    }

    /** The statuses asked for in the funder's words: the funder's side knows no other. */
    List<FunderStatus> funderStatuses() {
        return QueryEnums.list("status", status, FunderStatus.class);
    }

    List<DeliverableKind> kinds() {
        return QueryEnums.list("kind", kind, DeliverableKind.class);
    }

    /** The work package number, or empty when the filter is not set. */
    OptionalInt workPackageNumber() {
        if (workPackage == null || workPackage.isBlank()) {
            return OptionalInt.empty();
        }
        OptionalInt number = WorkPackageCode.parse(workPackage);
        if (number.isEmpty()) {
            throw new InvalidDataProblem("workPackage", "must be a work package such as WP2");
        }
        return number;
    }

    LocalDate dueBeforeDate() {
        return QueryDates.optional("dueBefore", dueBefore);
    }

    LocalDate dueAfterDate() {
        return QueryDates.optional("dueAfter", dueAfter);
    }

    boolean overdueOnly() {
        return flag("overdue", overdue);
    }

    boolean archivedOnly() {
        return flag("archived", archived);
    }

    private static boolean flag(String name, String value) {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        throw new InvalidDataProblem(name, "must be true or false");
    }
}
