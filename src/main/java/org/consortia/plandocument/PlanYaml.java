package org.consortia.plandocument;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.consortia.common.InvalidDataProblem;

/**
 * The YAML side of plan documents: the JSON API's own mapper (its settings in {@code quarkus.jackson.*}) on a YAML
 * factory, writing no empty value, so that a document, or a part of one such as its budget, reads as a person would
 * write it.
 */
@ApplicationScoped
public class PlanYaml {

    static final String MEDIA_TYPE = "application/yaml";

    private final ObjectMapper mapper;

    PlanYaml(ObjectMapper json) {
        this.mapper = json.copyWith(YAMLFactory.builder()
                        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                        .disable(YAMLGenerator.Feature.SPLIT_LINES)
                        .build())
                .setSerializationInclusion(JsonInclude.Include.NON_EMPTY);
    }

    PlanDocument read(InputStream in) throws IOException {
        return mapper.readValue(in, PlanDocument.class);
    }

    void write(PlanDocument plan, OutputStream out) throws IOException {
        mapper.writeValue(out, plan);
    }

    /**
     * A part of a plan document as typed (YAML, or JSON, which YAML reads too): {@code key}'s value when the text is a
     * mapping that has it (a whole plan document), the text itself otherwise. 400 naming {@code field} when it is not
     * such a part.
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

    /** A part of a plan document as YAML, as the export writes it. */
    public String writePart(Object part) {
        try {
            return mapper.writeValueAsString(part);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A plan document's part is always written", e);
        }
    }
}
