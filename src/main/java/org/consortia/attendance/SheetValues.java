package org.consortia.attendance;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.consortia.attendance.ParticipantSheet.Column;
import org.consortia.attendance.ParticipantSheet.Line;
import org.consortia.common.FieldError;

/**
 * A row of a spreadsheet read into a participant: the values as people type them, in English or French (a kind of
 * organisation by its code or its name, "yes"/"oui" for a consent, days as 2022-05-19 or 19/05/2022 separated by
 * semicolons or commas). What cannot be read is a reason of the row's refusal.
 */
final class SheetValues {

    private static final DateTimeFormatter DAY_FIRST =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private static final Map<String, OrganisationType> TYPES = Map.ofEntries(
            Map.entry("employers' organisation", OrganisationType.EMPLOYERS_ORGANISATION),
            Map.entry("employers' organization", OrganisationType.EMPLOYERS_ORGANISATION),
            Map.entry("employers organisation", OrganisationType.EMPLOYERS_ORGANISATION),
            Map.entry("employer", OrganisationType.EMPLOYERS_ORGANISATION),
            Map.entry("organisation d'employeurs", OrganisationType.EMPLOYERS_ORGANISATION),
            Map.entry("employeur", OrganisationType.EMPLOYERS_ORGANISATION),
            Map.entry("trade union", OrganisationType.TRADE_UNION),
            Map.entry("union", OrganisationType.TRADE_UNION),
            Map.entry("syndicat", OrganisationType.TRADE_UNION),
            Map.entry("public authority", OrganisationType.PUBLIC_AUTHORITY),
            Map.entry("autorite publique", OrganisationType.PUBLIC_AUTHORITY),
            Map.entry("service provider", OrganisationType.SERVICE_PROVIDER),
            Map.entry("prestataire de services", OrganisationType.SERVICE_PROVIDER),
            Map.entry("ngo", OrganisationType.NGO),
            Map.entry("ong", OrganisationType.NGO),
            Map.entry("association", OrganisationType.NGO),
            Map.entry("education or research", OrganisationType.EDUCATION_RESEARCH),
            Map.entry("enseignement ou recherche", OrganisationType.EDUCATION_RESEARCH),
            Map.entry("other", OrganisationType.OTHER),
            Map.entry("autre", OrganisationType.OTHER));

    private static final Map<String, Gender> GENDERS = Map.ofEntries(
            Map.entry("woman", Gender.WOMAN),
            Map.entry("female", Gender.WOMAN),
            Map.entry("f", Gender.WOMAN),
            Map.entry("w", Gender.WOMAN),
            Map.entry("femme", Gender.WOMAN),
            Map.entry("man", Gender.MAN),
            Map.entry("male", Gender.MAN),
            Map.entry("m", Gender.MAN),
            Map.entry("h", Gender.MAN),
            Map.entry("homme", Gender.MAN),
            Map.entry("non-binary", Gender.NON_BINARY),
            Map.entry("non binary", Gender.NON_BINARY),
            Map.entry("non binaire", Gender.NON_BINARY),
            Map.entry("not given", Gender.NOT_GIVEN),
            Map.entry("non renseigne", Gender.NOT_GIVEN));

    private static final Map<String, Presence> PRESENCES = Map.of(
            "in person", Presence.IN_PERSON,
            "on site", Presence.IN_PERSON,
            "en presentiel", Presence.IN_PERSON,
            "presentiel", Presence.IN_PERSON,
            "online", Presence.ONLINE,
            "en ligne", Presence.ONLINE,
            "a distance", Presence.ONLINE);

    private static final List<String> YES = List.of("yes", "y", "oui", "o", "true", "1", "x");
    private static final List<String> NO = List.of("no", "n", "non", "false", "0");

    private SheetValues() {}

    /** The participant the row describes; the reasons it cannot be read go into {@code errors}. */
    static ParticipantInput input(Line line, List<FieldError> errors) {
        String country = line.get(Column.COUNTRY);
        return new ParticipantInput(
                line.get(Column.NAME),
                line.get(Column.EMAIL),
                line.get(Column.ORGANISATION),
                choice(line.get(Column.ORGANISATION_TYPE), OrganisationType.class, TYPES, "organisationType", errors),
                country == null ? null : country.toUpperCase(Locale.ROOT),
                line.get(Column.ROLE),
                choice(line.get(Column.GENDER), Gender.class, GENDERS, "gender", errors),
                choice(line.get(Column.PRESENCE), Presence.class, PRESENCES, "presence", errors),
                days(line.get(Column.DAYS), errors),
                yes(line.get(Column.CONSENT), "processingConsent", errors),
                yes(line.get(Column.PHOTOS), "photoConsent", errors));
    }

    private static <E extends Enum<E>> E choice(
            String typed, Class<E> type, Map<String, E> names, String field, List<FieldError> errors) {
        if (typed == null) {
            return null;
        }
        String key = ParticipantSheet.key(typed);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(typed.strip())) {
                return constant;
            }
        }
        E named = names.get(key);
        if (named == null) {
            errors.add(new FieldError(field, "\"" + typed + "\" is not one of the values this column takes"));
        }
        return named;
    }

    private static boolean yes(String typed, String field, List<FieldError> errors) {
        if (typed == null) {
            return false;
        }
        String key = ParticipantSheet.key(typed);
        if (YES.contains(key)) {
            return true;
        }
        if (!NO.contains(key)) {
            errors.add(new FieldError(field, "\"" + typed + "\" is neither yes nor no"));
        }
        return false;
    }

    private static List<LocalDate> days(String typed, List<FieldError> errors) {
        List<LocalDate> days = new ArrayList<>();
        if (typed == null) {
            return days;
        }
        for (String part : typed.split("[;,\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                days.add(part.contains("/") ? LocalDate.parse(part, DAY_FIRST) : LocalDate.parse(part));
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("daysAttended", "\"" + part + "\" is not a date (2022-05-19 or 19/05/2022)"));
            }
        }
        return days;
    }
}
