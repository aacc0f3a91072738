package org.consortia.common;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A limit on how often something may be asked was reached: 429, with when to try again ({@code Retry-After}). */
public class TooManyRequestsProblem extends ProblemException {

    private final Duration retryAfter;

    public TooManyRequestsProblem(String detail, Duration retryAfter) {
        super(detail, List.of());
        this.retryAfter = retryAfter;
    }

    @Override
    public int status() {
        return 429;
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", Long.toString(retryAfter.toSeconds()));
    }

    @Override
    public ProblemException under(String prefix) {
        return this;
    }
}
