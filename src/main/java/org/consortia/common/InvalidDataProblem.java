package org.consortia.common;

import java.util.List;

/** Input that is well-formed but wrong in itself (a month outside the project, an unknown partner): 400. */
public class InvalidDataProblem extends ProblemException {

    public InvalidDataProblem(String field, String message) {
        this(message, List.of(new FieldError(field, message)));
    }

    private InvalidDataProblem(String detail, List<FieldError> errors) {
        super(detail, errors);
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public ProblemException under(String prefix) {
        return new InvalidDataProblem(getMessage(), errorsUnder(prefix));
    }
}
