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
                        type -> messages.organisation_type(OrganisationType.valueOf(type)),
                        200),
                chart(breakdown.genders(), gender -> messages.gender(Gender.valueOf(gender)), 120),
                chart(breakdown.presences(), presence -> messages.presence(Presence.valueOf(presence)), 120),
                chart(breakdown.days(), Function.identity(), 120));
    }

    private static BarChart chart(List<Count> counts, Function<String, String> label, int labelWidth) {
        return BarChart.of(
                counts.stream()
                        .map(count -> new Value(label.apply(count.value()), count.participants()))
                        .toList(),
                labelWidth);
    }
}
