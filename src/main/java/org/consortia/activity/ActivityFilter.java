package org.consortia.activity;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.consortia.common.Codes;
import org.consortia.common.InvalidDataProblem;

/** The filters of the activity feed: deliverable, person (user name), organisation, dates (from, to inclusive). */
public class ActivityFilter {

    @QueryParam("deliverable")
    public String deliverable;

    @QueryParam("person")
    public String person;

    @QueryParam("organisation")
    public String organisation;

    @QueryParam("from")
    public String from;

    @QueryParam("to")
    public String to;

    /** The organisation filter, checked to be a code (so it cannot act as a pattern). */
    String organisationCode() {
        if (organisation != null && !organisation.matches(Codes.PATTERN)) {
            throw new InvalidDataProblem("organisation", Codes.MESSAGE);
        }
        return organisation;
    }

    OffsetDateTime fromTime() {
        LocalDate day = date("from", from);
        return day == null ? null : day.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    /** The end of the {@code to} day: the bound is exclusive of the next day. */
    OffsetDateTime toTime() {
        LocalDate day = date("to", to);
        return day == null ? null : day.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    private static LocalDate date(String name, String value) {
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
