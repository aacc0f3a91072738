package org.consortia.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The frozen form of a submitted revision: its {@link ReportDocument} as canonical JSON (properties
 * sorted, dates as ISO-8601 text), which is what is stored, hashed and read back.
 */
@ApplicationScoped
class ReportContent {

    private final ObjectMapper json = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // A revision frozen by an older version of Consortia still reads.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    String write(ReportDocument document) {
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A report could not be written as JSON", e);
        }
    }

    ReportDocument read(Report report) {
        try {
            return json.readValue(report.content, ReportDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The frozen content of report " + report.id + " cannot be read", e);
        }
    }
}
