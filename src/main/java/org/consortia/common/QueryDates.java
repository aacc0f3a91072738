package org.consortia.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A date given as a query parameter: absent when blank, a 400 on {@code name} when it is not YYYY-MM-DD. */
public final class QueryDates {

    private QueryDates() {}

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
}
