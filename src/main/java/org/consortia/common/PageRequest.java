package org.consortia.common;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.List;

/** The {@code page} (from 0) and {@code size} query parameters of every list. */
public class PageRequest {

    public static final int MAX_SIZE = 500;

    /** The last page whose first item's position ({@link #offset()}) is still an {@code int} at any size. */
    public static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "must be 0 or more")
    @Max(value = MAX_PAGE, message = "must be at most " + MAX_PAGE)
    public int page;

    @QueryParam("size")
    @DefaultValue("50")
    @Min(value = 1, message = "must be at least 1")
    @Max(value = MAX_SIZE, message = "must be at most " + MAX_SIZE)
    public int size;

    public static PageRequest of(int page, int size) {
        PageRequest request = new PageRequest();
        request.page = page;
        request.size = size;
        return request;
    }

    /** The first page at the largest size: the choices of a form, the items of the plan page (a grant plan holds far fewer). */
    public static PageRequest largest() {
        return of(0, MAX_SIZE);
    }

    public int offset() {
        return page * size;
    }

    /** This page of a list already held whole (a list computed in memory). */
    public <T> Page<T> slice(List<T> all) {
        int from = Math.min(all.size(), offset());
        return page(all.subList(from, Math.min(all.size(), from + size)), all.size());
    }

    public <T> Page<T> page(List<T> items, long total) {
        return new Page<>(items, page, size, total);
    }
}
