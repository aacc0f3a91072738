package org.consortia.common;

import java.util.List;

/** An upload refused for what it is: too large (413) or of a format the platform does not take (415). */
public class ContentProblem extends ProblemException {

    private final int status;

    private ContentProblem(int status, String detail) {
        super(detail, List.of(new FieldError("file", detail)));
        this.status = status;
    }

    public static ContentProblem tooLarge(long maxBytes) {
        return new ContentProblem(
                413,
                String.format(
                        java.util.Locale.ROOT,
                        "The file is larger than the %.1f MB allowed",
                        maxBytes / (1024.0 * 1024.0)));
    }

    public static ContentProblem unsupported(String mediaType) {
        return new ContentProblem(
                415,
                "Files of type " + mediaType + " are not accepted: upload office documents,"
                        + " PDF, images, archives, CSV or plain text");
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
