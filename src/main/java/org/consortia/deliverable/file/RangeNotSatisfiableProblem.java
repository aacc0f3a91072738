package org.consortia.deliverable.file;

import java.util.List;
import java.util.Map;
import org.consortia.common.ProblemException;

/** A {@code Range} that starts past the end of the file: 416, with the file's size in {@code Content-Range}. */
class RangeNotSatisfiableProblem extends ProblemException {

    private final long size;

    RangeNotSatisfiableProblem(long size) {
        super("The requested range lies outside the file, which has " + size + " bytes", List.of());
        this.size = size;
    }

    @Override
    public int status() {
        return 416;
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Content-Range", "bytes */" + size);
    }

    @Override
    public ProblemException under(String prefix) {
        return this;
    }
}
