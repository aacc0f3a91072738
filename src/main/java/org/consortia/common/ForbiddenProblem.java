package org.consortia.common;

import java.util.List;

/** The caller may see this but not do that: 403. */
public class ForbiddenProblem extends ProblemException {

    public ForbiddenProblem(String detail) {
        super(detail, List.of());
    }

    @Override
    public int status() {
        return 403;
    }

    @Override
    public ProblemException under(String prefix) {
        return this;
    }
}
