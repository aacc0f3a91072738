package org.consortia.plandocument;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.consortia.common.YamlDocuments;

/** The YAML side of plan documents ({@link YamlDocuments}). */
@ApplicationScoped
class PlanYaml {

    static final String MEDIA_TYPE = "application/yaml";

    private final YamlDocuments yaml;

    PlanYaml(YamlDocuments yaml) {
        this.yaml = yaml;
    }

    PlanDocument read(InputStream in) throws IOException {
        return yaml.mapper().readValue(in, PlanDocument.class);
    }

    void write(PlanDocument plan, OutputStream out) throws IOException {
        yaml.mapper().writeValue(out, plan);
    }
}
