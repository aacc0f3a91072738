package org.consortia.web;

import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.consortia.common.FieldError;
import org.consortia.common.ProblemException;

/**
 * What is wrong with a plan form, field by field (the first reason found for each), as the form shows
 * it: in a summary at the top and next to each field. Fields are named as in the input records
 * ({@code title}, {@code event.country}); a control's id is {@link #id}.
 */
@TemplateData
public class FormErrors {

    private final Messages messages;
    private final Map<String, String> byField = new LinkedHashMap<>();
    private final List<String> general = new ArrayList<>();
    private boolean stale;

    public FormErrors(Messages messages) {
        this.messages = messages;
    }

    void add(String field, String message) {
        if (field == null) {
            general.add(message);
        } else {
            byField.putIfAbsent(field, message);
        }
    }

    /** A refusal from a service: on its fields, or for the whole form. */
    void add(ProblemException problem) {
        if (problem.errors().isEmpty()) {
            add(null, problem.getMessage());
        }
        problem.errors().forEach(error -> add(error.field(), error.message()));
    }

    void notANumber(String field) {
        add(field, messages.plan_not_a_number());
    }

    void notADate(String field) {
        add(field, messages.plan_not_a_date());
    }

    void notATime(String field) {
        add(field, messages.plan_not_a_time());
    }

    void notAChoice(String field) {
        add(field, messages.plan_not_a_choice());
    }

    /** Someone saved the item after this form was read: nothing was written. */
    void markStale() {
        stale = true;
    }

    public boolean any() {
        return stale || !general.isEmpty() || !byField.isEmpty();
    }

    public boolean stale() {
        return stale;
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String of(String field) {
        return byField.get(field);
    }

    /** The reasons that concern no single field. */
    public List<String> general() {
        return general;
    }

    /** The reasons by field, in the order they were found. */
    public List<FieldError> fields() {
        return byField.entrySet().stream()
                .map(e -> new FieldError(e.getKey(), e.getValue()))
                .toList();
    }

    /** The id of a field's control on the page: {@code event.country} → {@code field-event-country}. */
    public String id(String field) {
        return "field-" + field.replace('.', '-');
    }
}
