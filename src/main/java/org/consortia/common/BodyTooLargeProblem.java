package org.consortia.common;

import java.util.List;
import java.util.Locale;

/** A request body over its endpoint's limit (413), or of a length it does not declare (411). */
public class BodyTooLargeProblem extends ProblemException {

    private final int status;

    private BodyTooLargeProblem(int status, String detail) {
        super(detail, List.of());
        this.status = status;
    }

    static BodyTooLargeProblem over(long maxBytes) {
        return new BodyTooLargeProblem(
                413,
                String.format(
                        Locale.ROOT,
                        "The request body is larger than the %.1f MB this endpoint takes",
                        maxBytes / (1024.0 * 1024.0)));
    }

    static BodyTooLargeProblem lengthUnknown() {
        return new BodyTooLargeProblem(411, "Send this body with a Content-Length header (no chunked transfer)");
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public ProblemException under(String prefix) {
        return this;
    }
}
