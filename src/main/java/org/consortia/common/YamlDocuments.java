package org.consortia.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Documents people read and write as YAML (a plan document, or a part of one such as its budget): the JSON API's own
 * mapper (its settings in {@code quarkus.jackson.*}) on a YAML factory, writing no empty value, so that a document
 * reads as a person would write it. YAML reads JSON too.
 */
@ApplicationScoped
public class YamlDocuments {

    private final ObjectMapper mapper;

    YamlDocuments(ObjectMapper json) {
        this.mapper = json.copyWith(YAMLFactory.builder()
                        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                        .disable(YAMLGenerator.Feature.SPLIT_LINES)
                        .build())
                .setSerializationInclusion(JsonInclude.Include.NON_EMPTY);
    }

    /** The mapper itself, for whole documents read from and written to streams. */
    public ObjectMapper mapper() {
        return mapper;
    }

    /**
     * A part of a document as typed: {@code key}'s value when the text is a mapping that has it (the whole document),
     * the text itself otherwise. 400 naming {@code field} when it is not such a part.
     */
    public <T> T readPart(String text, String key, Class<T> type, String field) {
        try {
            JsonNode node = mapper.readTree(text);
            if (node == null || !node.isObject()) {
                throw new InvalidDataProblem(field, "is not a YAML or JSON mapping");
            }
            return mapper.treeToValue(node.has(key) ? node.get(key) : node, type);
        } catch (JsonProcessingException e) {
            throw new InvalidDataProblem(field, "cannot be read: " + e.getOriginalMessage());
        }
    }

    /** A part of a document as YAML. */
    public String writePart(Object part) {
        try {
            return mapper.writeValueAsString(part);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A document's part is always written", e);
        }
    }
}
