package org.consortia.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Checks a form's input record against its Bean Validation constraints, as the API does, with the
 * standard messages in the page's language (the visitor's choice, which the request headers may not
 * tell).
 */
@RequestScoped
public class InputValidation {

    private final Validator validator;

    InputValidation(ValidatorFactory factory, Language language) {
        this.validator = factory.usingContext()
                .messageInterpolator(in(factory.getMessageInterpolator(), language.locale()))
                .getValidator();
    }

    public void check(Object input, FormErrors errors) {
        validator.validate(input).stream()
                .sorted(Comparator.comparing(violation -> field(violation.getPropertyPath())))
                .forEach(violation -> errors.add(field(violation.getPropertyPath()), violation.getMessage()));
    }

    /** {@code event.country}; {@code contributors[0].<list element>} → {@code contributors}, the form's field. */
    private static String field(Path path) {
        StringJoiner field = new StringJoiner(".");
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PROPERTY) {
                field.add(node.getName());
            }
            if (node.getIndex() != null || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                break;
            }
        }
        return field.toString();
    }

    private static MessageInterpolator in(MessageInterpolator standard, Locale locale) {
        return new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return standard.interpolate(template, context, locale);
            }

            @Override
            public String interpolate(String template, Context context, Locale ignored) {
                return standard.interpolate(template, context, locale);
            }
        };
    }
}
