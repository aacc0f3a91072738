package org.consortia.project;

import java.time.LocalDate;

/** How a plan item's due month and due date, as a client sends them, compare with what it read. */
public final class DueFields {

    private DueFields() {}

    /**
     * Whether {@code dueMonth} and {@code dueDate} leave the item due as it is: the same fixed date, or
     * the same month (with its own end date or no date).
     */
    public static boolean unchanged(
            Integer dueMonth, LocalDate dueDate, int currentMonth, LocalDate currentDate, boolean currentExplicit) {
        if (currentExplicit) {
            return currentDate.equals(dueDate) && (dueMonth == null || dueMonth == currentMonth);
        }
        return dueMonth != null && dueMonth == currentMonth && (dueDate == null || dueDate.equals(currentDate));
    }
}
