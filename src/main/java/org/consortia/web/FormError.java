package org.consortia.web;

import org.consortia.common.FieldError;
import org.consortia.common.ProblemException;

/**
 * What went wrong with a form the page shows again: which form, which field, the service's own
 * explanation, and what the visitor had typed (so nothing is lost).
 */
public record FormError(String form, String field, String detail, String typed) {

    public static FormError of(String form, ProblemException problem, String typed) {
        String field = problem.errors().stream()
                .map(FieldError::field)
                .filter(f -> f != null)
                .findFirst()
                .orElse(null);
        return new FormError(form, field, problem.getMessage(), typed);
    }

    public boolean on(String formName) {
        return form.equals(formName);
    }

    public boolean at(String formName, String fieldName) {
        return form.equals(formName) && fieldName.equals(field);
    }
}
