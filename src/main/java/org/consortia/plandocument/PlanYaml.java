package org.consortia.plandocument;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The YAML side of plan documents: the JSON API's own mapper (its settings in {@code quarkus.jackson.*}) on a YAML
 * factory, writing no empty value, so that a document reads as a person would write it.
 */
@ApplicationScoped
class PlanYaml {

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
}
