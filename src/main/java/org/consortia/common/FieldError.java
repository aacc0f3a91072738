package org.consortia.common;

/** One rejected input field: its path in the request body (e.g. {@code deliverables[2].lead}) and why. */
public record FieldError(String field, String message) {}
