package org.consortia.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An endpoint whose body only a plan manager (a platform administrator, or the coordinator of some
 * project) may send: {@link AccessBeforeBody} refuses anyone else before the body is read. The endpoint
 * still checks, once it has read the body, what this caller may do with it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PlanManagersOnly {}
