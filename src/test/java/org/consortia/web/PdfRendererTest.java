package org.consortia.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.consortia.common.BusyProblem;
import org.junit.jupiter.api.Test;

/** PDFs are laid out a few at a time: past the wait for a free renderer, a 503 to try again. */
class PdfRendererTest {

    private static final String HTML = "<html><head><title>R</title></head><body><p>Report</p></body></html>";

    @Test
    void aFreeRendererLaysThePdfOut() {
        byte[] pdf = new PdfRenderer(new Renderers(1, Duration.ofSeconds(5))).render(HTML);

        assertThat(pdf.length, greaterThan(100));
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1), equalTo("%PDF-"));
    }

    @Test
    void withEveryRendererBusyTheRequestIsToldToTryAgain() {
        PdfRenderer none = new PdfRenderer(new Renderers(0, Duration.ofMillis(20)));

        BusyProblem busy = assertThrows(BusyProblem.class, () -> none.render(HTML));

        assertThat(busy.status(), equalTo(503));
    }

    /** {@code consortia.pdf.*} as given. */
    private record Renderers(int renderers, Duration maxWait) implements PdfConfig {}
}
