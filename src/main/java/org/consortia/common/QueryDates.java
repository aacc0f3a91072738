package org.consortia.common;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** A date or a month given in an address: a 400 on {@code name} when it is not YYYY-MM-DD (YYYY-MM). */
public final class QueryDates {

    private QueryDates() {}

    /** A date, absent when blank. */
    public static LocalDate optional(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidDataProblem(name, "must be a date as YYYY-MM-DD");
        }
    }

    /** A month as YYYY-MM, required, of the years 1900 to 9999. */
    public static YearMonth month(String name, String value) {
        YearMonth month;
        try {
            month = YearMonth.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidDataProblem(name, "must be a month as YYYY-MM");
        }
        if (month.getYear() < 1900 || month.getYear() > 9999) {
            throw new InvalidDataProblem(name, "must be a month of the years 1900 to 9999");
        }
        return month;
    }
}
