package org.consortia.timesheet;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import org.consortia.common.EntityTags;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.common.QueryDates;
import org.consortia.common.QueryEnums;
import org.consortia.common.Texts;
import org.consortia.security.AccessPolicy;
import org.consortia.security.Identity;

/**
 * Staff timesheets (docs/api.md, "Timesheets"): {@code /api/timesheets/{username}/{month}}, a month as YYYY-MM. Read by
 * the person, the supervisors of their organisation and administrators; to anyone else a 404, as if absent.
 */
@Path("/api/timesheets")
public class TimesheetResource {

    private final TimesheetService service;
    private final TimesheetPrint print;
    private final AccessPolicy access;

    TimesheetResource(TimesheetService service, TimesheetPrint print, AccessPolicy access) {
        this.service = service;
        this.print = print;
        this.access = access;
    }

    @GET
    public Page<TimesheetSummary> list(
            @QueryParam("username") String username,
            @QueryParam("organisation") String organisation,
            @QueryParam("status") String status,
            @Valid @BeanParam PageRequest page) {
        return service.list(
                caller(),
                Texts.strippedOrNull(username),
                Texts.strippedOrNull(organisation),
                QueryEnums.optional("status", status, TimesheetStatus.class),
                page);
    }

    @GET
    @Path("{username}/{month}")
    public Response get(@PathParam("username") String username, @PathParam("month") String month) {
        return current(caller(), username, month(month));
    }

    @PUT
    @Path("{username}/{month}")
    public Response replace(
            @PathParam("username") String username,
            @PathParam("month") String month,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull TimesheetInput input) {
        Identity caller = caller();
        YearMonth when = month(month);
        service.replace(caller, username, when, ifMatch, input);
        return current(caller, username, when);
    }

    @POST
    @Path("{username}/{month}/signature")
    public Response sign(
            @PathParam("username") String username,
            @PathParam("month") String month,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Identity caller = caller();
        YearMonth when = month(month);
        service.sign(caller, username, when, ifMatch);
        return current(caller, username, when);
    }

    @POST
    @Path("{username}/{month}/reopening")
    public Response reopen(
            @PathParam("username") String username,
            @PathParam("month") String month,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid ReopeningInput input) {
        Identity caller = caller();
        YearMonth when = month(month);
        service.reopen(caller, username, when, ifMatch, input == null ? null : input.comment());
        return current(caller, username, when);
    }

    @GET
    @Path("{username}/{month}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("username") String username, @PathParam("month") String month) {
        return print.pdf(service.closed(caller(), username, month(month)));
    }

    private Response current(Identity caller, String username, YearMonth month) {
        TimesheetView view = service.get(caller, username, month);
        return Response.ok(view).tag(EntityTags.of(view.version())).build();
    }

    private Identity caller() {
        return access.user().identity();
    }

    private static YearMonth month(String value) {
        return QueryDates.month("month", value);
    }
}
