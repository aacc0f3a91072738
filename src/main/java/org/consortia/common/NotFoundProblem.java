package org.consortia.common;

import java.util.List;

/** Something named in the URL does not exist (or the caller may not know that it does): 404. */
public class NotFoundProblem extends ProblemException {

    public NotFoundProblem(String what, String key) {
        super(what + " '" + key + "' does not exist", List.of());
    }

    private NotFoundProblem(String detail, List<FieldError> errors) {
        super(detail, errors);
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public ProblemException under(String prefix) {
        return new NotFoundProblem(getMessage(), errorsUnder(prefix));
    }
}
