package org.consortia.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Enum query parameters, in any case, blank as absent, and a 400 naming the parameter for a value the enum lacks. */
class QueryEnumsTest {

    @Test
    void aRepeatableParameterTakesCommaSeparatedValuesInAnyCase() {
        assertEquals(
                List.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, DayOfWeek.SUNDAY),
                QueryEnums.list("day", List.of("monday, Friday", " ", "SUNDAY"), DayOfWeek.class));
        assertEquals(List.of(), QueryEnums.list("day", null, DayOfWeek.class));
    }

    @Test
    void aSingleParameterIsAbsentWhenBlank() {
        assertEquals(DayOfWeek.TUESDAY, QueryEnums.optional("day", " tuesday ", DayOfWeek.class));
        assertNull(QueryEnums.optional("day", " ", DayOfWeek.class));
        assertNull(QueryEnums.optional("day", null, DayOfWeek.class));
    }

    @Test
    void anUnknownValueIsRefusedByTheParametersName() {
        InvalidDataProblem refused =
                assertThrows(InvalidDataProblem.class, () -> QueryEnums.optional("day", "someday", DayOfWeek.class));
        assertEquals("day", refused.errors().get(0).field());
        assertEquals(
                "unknown value someday; expected one of [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY]",
                refused.errors().get(0).message());
    }
}
