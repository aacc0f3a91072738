package org.consortia.common;

import java.util.List;

/** The server has no room for this work now (e.g. every PDF renderer is busy): 503, to be tried again. */
public class BusyProblem extends ProblemException {

    public BusyProblem(String detail) {
        super(detail, List.of());
    }

    @Override
    public int status() {
        return 503;
    }

    @Override
    public ProblemException under(String prefix) {
        return this;
    }
}
