package org.consortia.attendance;

import java.util.List;
import java.util.function.Function;
import org.consortia.attendance.Breakdown.Count;
import org.consortia.web.BarChart;
import org.consortia.web.BarChart.Value;

/** An event's breakdown drawn as bar charts, their labels in the reader's language. */
public record BreakdownCharts(
        long total,
        long events,
        BarChart countries,
        BarChart organisationTypes,
        BarChart genders,
        BarChart presences,
        BarChart days) {

    public static BreakdownCharts of(Breakdown breakdown, AttendanceMessages messages) {
        return new BreakdownCharts(
                breakdown.total(),
                breakdown.events(),
                chart(breakdown.countries(), country -> country.isEmpty() ? messages.not_given() : country, 120),
                chart(
                        breakdown.organisationTypes(),
                        type -> named(OrganisationType.class, type, messages::organisation_type),
                        200),
                chart(breakdown.genders(), gender -> named(Gender.class, gender, messages::gender), 120),
                chart(breakdown.presences(), presence -> named(Presence.class, presence, messages::presence), 120),
                chart(breakdown.days(), Function.identity(), 120));
    }

    /**
     * The name of {@code value} in the reader's language; the value itself if it is no longer a constant (a submitted
     * report keeps the values as they were frozen).
     */
    private static <E extends Enum<E>> String named(Class<E> type, String value, Function<E, String> name) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return name.apply(constant);
            }
        }
        return value;
    }

    private static BarChart chart(List<Count> counts, Function<String, String> label, int labelWidth) {
        return BarChart.of(
                counts.stream()
                        .map(count -> new Value(label.apply(count.value()), count.participants()))
                        .toList(),
                labelWidth);
    }
}
