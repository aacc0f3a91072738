package org.consortia.common;

import java.util.List;
import java.util.Map;

/** A client's mistake that the API answers with a problem document, never a 500. */
public abstract class ProblemException extends RuntimeException {

    private final transient List<FieldError> errors;

    protected ProblemException(String detail, List<FieldError> errors) {
        super(detail);
        this.errors = List.copyOf(errors);
    }

    public abstract int status();

    public List<FieldError> errors() {
        return errors;
    }

    /** Headers the answer carries besides the problem document (e.g. {@code Content-Range} with a 416). */
    public Map<String, String> headers() {
        return Map.of();
    }

    /** The same problem, its field paths placed under {@code prefix} (e.g. {@code deliverables[3]}). */
    public abstract ProblemException under(String prefix);

    protected List<FieldError> errorsUnder(String prefix) {
        return errors.stream()
                .map(e -> new FieldError(
                        e.field() == null ? prefix : prefix + (e.field().startsWith("[") ? "" : ".") + e.field(),
                        e.message()))
                .toList();
    }
}
