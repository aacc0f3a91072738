package org.consortia.report;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A report as a print document: the report page's own body ({@code tags/reportBody.html}) in a print template with a
 * title page, a table of contents with page numbers, bookmarks and numbered pages, laid out by {@code web/PdfRenderer}.
 */
@ApplicationScoped
class ReportPdf {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(ReportPageView view);
    }

    /** The print document of {@code view}'s revision, in the language of the current request. */
    String html(ReportPageView view) {
        return Templates.report(view).render();
    }
}
