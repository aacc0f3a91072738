package org.consortia.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.consortia.common.BusyProblem;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A report as a PDF document: the report page's own body ({@code tags/reportBody.html}) in a print
 * template with a title page, a table of contents with page numbers, bookmarks and numbered pages,
 * laid out by openhtmltopdf with the fonts bundled in the application (DejaVu Sans), so it looks the
 * same on every server.
 */
@ApplicationScoped
class ReportPdf {

    private static final String FONT = "DejaVu Sans";

    /**
     * Laying a large report out takes tens of megabytes of heap for a second or more: a few at a time, the others
     * wait their turn (and past the wait a 503), so that many readers at once cannot run the heap out.
     */
    private final Semaphore renderers;

    private final Duration wait;

    ReportPdf(ReportsConfig config) {
        this.renderers = new Semaphore(config.pdfRenderers(), true);
        this.wait = config.pdfWait();
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(ReportPageView view);
    }

    /** The print document of {@code view}'s revision, in the language of the current request. */
    String html(ReportPageView view) {
        return Templates.report(view).render();
    }

    /** Lays {@code html} (from {@link #html}) out as a PDF, when a renderer is free. */
    byte[] render(String html) {
        try {
            if (!renderers.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new BusyProblem("Every PDF renderer is busy; try again in a moment");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusyProblem("Interrupted while waiting for a PDF renderer");
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            write(html, out);
            return out.toByteArray();
        } finally {
            renderers.release();
        }
    }

    private static void write(String html, OutputStream out) {
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.useFont(() -> font("DejaVuSans.ttf"), FONT, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            Document parsed = Jsoup.parse(html);
            // An HTML5 parser puts openhtmltopdf's <bookmarks> in the body; it belongs in the head.
            Element bookmarks = parsed.selectFirst("bookmarks");
            if (bookmarks != null) {
                parsed.head().appendChild(bookmarks);
            }
            builder.withW3cDocument(new W3CDom().fromJsoup(parsed), "/");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the PDF of a report", e);
        }
    }

    private static InputStream font(String file) {
        InputStream in = ReportPdf.class.getResourceAsStream("/fonts/" + file);
        if (in == null) {
            throw new IllegalStateException("The font " + file + " is not bundled in the application");
        }
        return in;
    }
}
