package org.consortia.common;

import java.util.List;

/** What the address named was there and is no more (a registration closed): 410. */
public class GoneProblem extends ProblemException {

    public GoneProblem(String detail) {
        super(detail, List.of());
    }

    @Override
    public int status() {
        return 410;
    }

    @Override
    public ProblemException under(String prefix) {
        return this;
    }
}
