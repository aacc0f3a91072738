package org.consortia.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * What is frozen when something reaches the record (a submitted report, an accepted financial statement): a document as
 * canonical JSON (properties sorted, map entries by key, dates as ISO-8601 text), which is stored, hashed (SHA-256) and
 * read back the same way for good.
 */
public final class CanonicalJson {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // A document frozen by an older version of Consortia still reads.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private CanonicalJson() {}

    public static String write(Object document) {
        try {
            return JSON.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A " + document.getClass().getSimpleName() + " could not be written", e);
        }
    }

    /** Reads back what {@link #write} wrote; {@code what} names it in the error should it not read. */
    public static <T> T read(String content, Class<T> type, String what) {
        try {
            return JSON.readValue(content, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The frozen content of " + what + " cannot be read", e);
        }
    }
}
