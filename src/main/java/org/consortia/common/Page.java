package org.consortia.common;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list, with the total number of items across all pages. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }

    /** Whether another page follows this one. */
    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
