package org.consortia.activity;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.consortia.common.Codes;
import org.consortia.common.InvalidDataProblem;
import org.consortia.common.QueryDates;

/** The filters of the activity feed: deliverable, person (user name), organisation, dates (from, to inclusive). */
public class ActivityFilter {

    /** One deliverable's history: every entry about it, whoever and whenever. */
    public static ActivityFilter ofDeliverable(String code) {
        ActivityFilter filter = new ActivityFilter();
        filter.deliverable = code;
        return filter;
    }

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
        LocalDate day = QueryDates.optional("from", from);
        return day == null ? null : day.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    /** The end of the {@code to} day: the bound is exclusive of the next day. */
    OffsetDateTime toTime() {
        LocalDate day = QueryDates.optional("to", to);
        return day == null ? null : day.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
    }
}
