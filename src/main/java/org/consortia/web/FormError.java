package org.consortia.web;

import org.consortia.common.FieldError;

/**
 * What went wrong with a form the page shows again: which form, which field, the service's own
 * explanation, and what the visitor had typed (so nothing is lost).
 */
public record FormError(String form, String field, String detail, String typed) {

    /** The first reason {@code errors} hold: one that concerns the whole form, else the first field's. */
    public static FormError of(String form, FormErrors errors, String typed) {
        if (!errors.general().isEmpty()) {
            return new FormError(form, null, String.join(" ", errors.general()), typed);
        }
        FieldError first = errors.fields().get(0);
        return new FormError(form, first.field(), first.message(), typed);
    }

    public boolean on(String formName) {
        return form.equals(formName);
    }

    public boolean at(String formName, String fieldName) {
        return form.equals(formName) && fieldName.equals(field);
    }
}
