package org.consortia.common;

import java.util.List;

/** Input that clashes with what is already stored (a duplicate code, a second coordinator, a cycle): 409. */
public class ConflictProblem extends ProblemException {

    public ConflictProblem(String field, String message) {
        this(message, List.of(new FieldError(field, message)));
    }

    private ConflictProblem(String detail, List<FieldError> errors) {
        super(detail, errors);
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public ProblemException under(String prefix) {
        return new ConflictProblem(getMessage(), errorsUnder(prefix));
    }
}
