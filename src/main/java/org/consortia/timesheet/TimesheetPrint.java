package org.consortia.timesheet;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.consortia.web.PdfRenderer;

/**
 * A closed month as a timesheet PDF, the time record auditors ask for: the hours per work package with what was done,
 * the person-months, and both signatures with their names and dates. Laid out by {@link PdfRenderer}.
 */
@ApplicationScoped
class TimesheetPrint {

    private final PdfRenderer renderer;

    TimesheetPrint(PdfRenderer renderer) {
        this.renderer = renderer;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance timesheet(TimesheetView sheet);
    }

    /** The PDF download of a closed month, {@code timesheet-nexem-partner-2026-05.pdf}. */
    Response pdf(TimesheetView sheet) {
        byte[] body = renderer.render(Templates.timesheet(sheet).render());
        String name = "timesheet-" + sheet.username() + "-" + sheet.month() + ".pdf";
        return Response.ok(body, new MediaType("application", "pdf"))
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }
}
