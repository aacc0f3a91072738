package org.consortia.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.consortia.common.Texts;

/**
 * Reads the text of a form field into what an input record holds. A value that cannot be read is
 * noted in the errors and left out, so the record's own constraints are checked on the rest.
 */
public final class FormValues {

    private FormValues() {}

    /** The text without surrounding spaces; nothing for a blank field. */
    public static String text(String typed) {
        return Texts.strippedOrNull(typed);
    }

    public static Integer number(String typed, String field, FormErrors errors) {
        String text = text(typed);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            errors.notANumber(field);
            return null;
        }
    }

    /** A decimal number, with a point or, as French writes it, a comma: {@code 7.5}, {@code 7,5}. */
    public static BigDecimal decimal(String typed, String field, FormErrors errors) {
        String text = text(typed);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(',', '.'));
        } catch (NumberFormatException e) {
            errors.notANumber(field);
            return null;
        }
    }

    /** A time of day as a time input sends it: {@code 09:30} (seconds allowed). */
    public static LocalTime time(String typed, String field, FormErrors errors) {
        String text = text(typed);
        if (text == null) {
            return null;
        }
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            errors.notATime(field);
            return null;
        }
    }

    public static LocalDate date(String typed, String field, FormErrors errors) {
        String text = text(typed);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.notADate(field);
            return null;
        }
    }

    public static <E extends Enum<E>> E choice(Class<E> type, String typed, String field, FormErrors errors) {
        String text = text(typed);
        if (text == null) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(text))
                .findFirst()
                .orElseGet(() -> {
                    errors.notAChoice(field);
                    return null;
                });
    }

    /** The boxes ticked (none is an empty list). */
    public static List<String> ticked(List<String> values) {
        return values == null
                ? List.of()
                : values.stream().map(FormValues::text).filter(v -> v != null).toList();
    }

    /** The {@code If-Match} of an edit read at {@code version} (none: the form came without one). */
    public static String ifMatch(String version) {
        String text = text(version);
        return text == null ? null : "\"" + text + "\"";
    }

    /** What an empty field shows for a value the plan does not have. */
    public static String shown(Object value) {
        return value == null ? "" : value.toString();
    }
}
