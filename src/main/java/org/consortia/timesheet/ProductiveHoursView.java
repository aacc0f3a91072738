package org.consortia.timesheet;

import java.math.BigDecimal;
import java.util.List;

/**
 * An organisation's annual productive hours: its own ({@code set} false while the platform's default applies) and
 * those of the staff members who have their own.
 */
public record ProductiveHoursView(String organisation, BigDecimal hours, boolean set, List<Person> people) {

    public record Person(String username, String name, BigDecimal hours) {}
}
