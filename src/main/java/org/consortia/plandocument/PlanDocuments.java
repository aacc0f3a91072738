package org.consortia.plandocument;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;

/** Reads plan documents outside HTTP (the demo data), with the same checks as the API. */
@ApplicationScoped
public class PlanDocuments {

    private final Validator validator;
    private final PlanYaml yaml;

    PlanDocuments(Validator validator, PlanYaml yaml) {
        this.validator = validator;
        this.yaml = yaml;
    }

    public PlanDocument readYaml(InputStream in) throws IOException {
        PlanDocument plan = yaml.read(in);
        var violations = validator.validate(plan);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return plan;
    }
}
