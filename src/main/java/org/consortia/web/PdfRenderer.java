package org.consortia.web;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
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
 * Lays a print document (HTML from a Qute template) out as a PDF with openhtmltopdf and the fonts bundled in the
 * application (DejaVu Sans), so it looks the same on every server; SVG charts are drawn, and openhtmltopdf's
 * {@code <bookmarks>} become the PDF's outline.
 */
@ApplicationScoped
public class PdfRenderer {

    private static final String FONT = "DejaVu Sans";

    /**
     * Laying a large document out takes tens of megabytes of heap for a second or more: a few at a time, the others
     * wait their turn (and past the wait a 503), so that many readers at once cannot run the heap out.
     */
    private final Semaphore renderers;

    private final Duration wait;

    PdfRenderer(PdfConfig config) {
        this.renderers = new Semaphore(config.renderers(), true);
        this.wait = config.maxWait();
    }

    /** Lays {@code html} out as a PDF, when a renderer is free. */
    public byte[] render(String html) {
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
            throw new UncheckedIOException("Could not write a PDF", e);
        }
    }

    private static InputStream font(String file) {
        InputStream in = PdfRenderer.class.getResourceAsStream("/fonts/" + file);
        if (in == null) {
            throw new IllegalStateException("The font " + file + " is not bundled in the application");
        }
        return in;
    }
}
