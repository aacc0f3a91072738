package org.consortia.timesheet;

/** Where a month's timesheet stands: being filled in, signed by its staff member, closed by their supervisor. */
public enum TimesheetStatus {
    /** Being filled in: its staff member or a supervisor of their organisation changes its hours. */
    OPEN,
    /** Signed by its staff member, waiting for a supervisor's countersignature; reopened to change it. */
    SIGNED,
    /** Countersigned: kept as signed, and counted in the organisation's financial statements. */
    CLOSED
}
