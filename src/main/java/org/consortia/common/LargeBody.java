package org.consortia.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An endpoint whose body may be larger than a JSON or form body ({@link BodyLimits}): a file, a whole
 * project plan, or a spreadsheet to import. Every other endpoint takes {@code consortia.bodies.small} at most.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface LargeBody {

    Kind value();

    enum Kind {
        /** A file: up to the HTTP layer's limit, a little more than {@code consortia.files.max-size}. */
        FILE,
        /** A project plan document: up to {@code consortia.bodies.plan}. */
        PLAN,
        /** A spreadsheet of rows to import (an event's participants): up to {@code consortia.bodies.list}. */
        LIST
    }
}
