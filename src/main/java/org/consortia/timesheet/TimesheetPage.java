package org.consortia.timesheet;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.common.QueryDates;
import org.consortia.security.AccessPolicy;
import org.consortia.security.Identity;
import org.consortia.web.FormError;
import org.consortia.web.FormErrors;
import org.consortia.web.FormSubmission;
import org.consortia.web.FormValues;
import org.consortia.web.Language;
import org.consortia.web.LocalisedMessages;
import org.consortia.workpackage.WorkPackage;
import org.jboss.resteasy.reactive.RestForm;

/**
 * {@code /timesheets}: the visitor's months and, for a supervisor, their colleagues' months waiting for a
 * countersignature; {@code /timesheets/{username}/{month}}: a month with its form (one row per work package it may
 * record), the signatures and, once closed, its PDF. The API's rules ({@link TimesheetService}).
 */
@Path("/timesheets")
@Produces(MediaType.TEXT_HTML)
public class TimesheetPage {

    private static final int PAGE_SIZE = 24;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance timesheets(
                String username,
                String currentMonth,
                Page<TimesheetSummary> mine,
                List<TimesheetSummary> toCountersign);

        /** {@code rows}: the form's, one per work package it may record; {@code error} of the form sent, or null. */
        static native TemplateInstance month(TimesheetView sheet, List<Row> rows, FormError error);
    }

    /** A line of the month's form: a work package, and its hours and description as stored or typed. */
    public record Row(String project, String workPackage, String title, String hours, String description) {

        public String key() {
            return project + "/" + workPackage;
        }

        public String label() {
            return project + " " + workPackage;
        }
    }

    private final TimesheetService service;
    private final TimesheetPrint print;
    private final AccessPolicy access;
    private final LocalisedMessages messages;
    private final Language language;
    private final Clock clock;

    TimesheetPage(
            TimesheetService service,
            TimesheetPrint print,
            AccessPolicy access,
            LocalisedMessages messages,
            Language language,
            Clock clock) {
        this.service = service;
        this.print = print;
        this.access = access;
        this.messages = messages;
        this.language = language;
        this.clock = clock;
    }

    @GET
    public Response list(@QueryParam("month") String month, @QueryParam("page") String page) {
        Identity caller = caller();
        if (month != null && !month.isBlank()) {
            YearMonth chosen = QueryDates.month("month", month);
            return Response.seeOther(URI.create("/timesheets/" + caller.username() + "/" + chosen))
                    .build();
        }
        int number = Math.min(PageRequest.MAX_PAGE, Math.max(0, parsePage(page)));
        Page<TimesheetSummary> mine =
                service.list(caller, caller.username(), null, null, PageRequest.of(number, PAGE_SIZE));
        List<TimesheetSummary> toCountersign = caller.hasRole(Identity.FINANCE)
                ? service.list(caller, null, null, TimesheetStatus.SIGNED, PageRequest.largest()).items().stream()
                        .filter(t -> !t.username().equals(caller.username()))
                        .toList()
                : List.of();
        return Response.ok(Templates.timesheets(
                        caller.username(), YearMonth.now(clock).toString(), mine, toCountersign))
                .build();
    }

    @GET
    @Path("{username}/{month}")
    public TemplateInstance month(@PathParam("username") String username, @PathParam("month") String month) {
        return page(username, QueryDates.month("month", month), null, null);
    }

    @POST
    @Path("{username}/{month}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(
            @PathParam("username") String username,
            @PathParam("month") String month,
            @RestForm("row") List<String> rows,
            @RestForm("hours") List<String> hours,
            @RestForm("description") List<String> descriptions,
            @RestForm String version) {
        Identity caller = caller();
        YearMonth when = QueryDates.month("month", month);
        FormErrors errors = new FormErrors(messages.get());
        List<Row> typed = new ArrayList<>();
        List<TimesheetInput.Entry> entries = new ArrayList<>();
        int count = rows == null ? 0 : rows.size();
        for (int i = 0; i < count; i++) {
            String[] key = rows.get(i).split("/", 2);
            String hoursTyped = at(hours, i);
            String description = at(descriptions, i);
            typed.add(new Row(key[0], key.length > 1 ? key[1] : "", "", hoursTyped, description));
            BigDecimal amount = FormValues.decimal(hoursTyped, "entries", errors);
            if (amount != null && amount.signum() != 0) {
                entries.add(new TimesheetInput.Entry(
                        key[0], key.length > 1 ? key[1] : "", amount, FormValues.text(description)));
            }
        }
        return FormSubmission.send(
                errors,
                "/timesheets/" + username + "/" + when,
                () -> {
                    service.replace(
                            caller, username, when, FormValues.ifMatch(version), new TimesheetInput(null, entries));
                    return texts().flash_saved(named(when));
                },
                () -> page(username, when, typed, FormError.of("hours", errors, null)));
    }

    @POST
    @Path("{username}/{month}/signature")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response sign(
            @PathParam("username") String username, @PathParam("month") String month, @RestForm String version) {
        Identity caller = caller();
        YearMonth when = QueryDates.month("month", month);
        FormErrors errors = new FormErrors(messages.get());
        return FormSubmission.send(
                errors,
                "/timesheets/" + username + "/" + when,
                () -> {
                    TimesheetStatus now = service.sign(caller, username, when, FormValues.ifMatch(version));
                    return now == TimesheetStatus.CLOSED
                            ? texts().flash_closed(named(when))
                            : texts().flash_signed(named(when));
                },
                () -> page(username, when, null, FormError.of("signature", errors, null)));
    }

    @POST
    @Path("{username}/{month}/reopening")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reopen(
            @PathParam("username") String username,
            @PathParam("month") String month,
            @RestForm String comment,
            @RestForm String version) {
        Identity caller = caller();
        YearMonth when = QueryDates.month("month", month);
        FormErrors errors = new FormErrors(messages.get());
        return FormSubmission.send(
                errors,
                "/timesheets/" + username + "/" + when,
                () -> {
                    service.reopen(caller, username, when, FormValues.ifMatch(version), comment);
                    return texts().flash_reopened(named(when));
                },
                () -> page(username, when, null, FormError.of("reopening", errors, comment)));
    }

    @GET
    @Path("{username}/{month}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("username") String username, @PathParam("month") String month) {
        return print.pdf(service.closed(caller(), username, QueryDates.month("month", month)));
    }

    private TemplateInstance page(String username, YearMonth month, List<Row> typed, FormError error) {
        Identity caller = caller();
        TimesheetView sheet = service.get(caller, username, month);
        List<Row> rows = new ArrayList<>();
        if (sheet.actions().edit()) {
            Map<String, Row> entered = new HashMap<>();
            if (typed != null) {
                typed.forEach(row -> entered.put(row.key(), row));
            } else {
                sheet.entries()
                        .forEach(e -> entered.put(
                                e.project() + "/" + e.workPackage(),
                                new Row(
                                        e.project(),
                                        e.workPackage(),
                                        e.workPackageTitle(),
                                        e.hours().toPlainString(),
                                        e.description())));
            }
            for (WorkPackage w : service.recordable(sheet)) {
                Row row = entered.get(w.project.acronym + "/" + w.code());
                rows.add(new Row(
                        w.project.acronym,
                        w.code(),
                        w.title,
                        row == null ? "" : FormValues.shown(row.hours()),
                        row == null ? "" : FormValues.shown(row.description())));
            }
        }
        return Templates.month(sheet, rows, error);
    }

    /** The month as the flash message names it: June 2026, juin 2026. */
    private String named(YearMonth month) {
        return DateTimeFormatter.ofPattern("LLLL yyyy", language.locale()).format(month);
    }

    private TimesheetMessages texts() {
        return messages.get(TimesheetMessages.class);
    }

    private Identity caller() {
        return access.user().identity();
    }

    private static String at(List<String> values, int index) {
        return values != null && index < values.size() ? values.get(index) : null;
    }

    private static int parsePage(String page) {
        try {
            return page == null ? 0 : Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
