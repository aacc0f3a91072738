package org.consortia.common;

import java.util.List;

/** An update sent with an {@code If-Match} that no longer names the stored version: 412. */
public class StaleVersionProblem extends ProblemException {

    public StaleVersionProblem(long currentVersion) {
        super(
                "The resource has changed since it was read; its current ETag is \"" + currentVersion
                        + "\". Read it again and retry.",
                List.of());
    }

    @Override
    public int status() {
        return 412;
    }

    @Override
    public ProblemException under(String prefix) {
        return this;
    }
}
