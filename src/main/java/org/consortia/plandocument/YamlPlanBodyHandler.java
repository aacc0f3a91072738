package org.consortia.plandocument;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/** Lets the import and export endpoints speak YAML ({@code application/yaml}, {@code text/yaml}) as well as JSON. */
@Provider
@Consumes({PlanYaml.MEDIA_TYPE, "application/x-yaml", "text/yaml"})
@Produces({PlanYaml.MEDIA_TYPE, "application/x-yaml", "text/yaml"})
public class YamlPlanBodyHandler implements MessageBodyReader<PlanDocument>, MessageBodyWriter<PlanDocument> {

    private final PlanYaml yaml;

    YamlPlanBodyHandler(PlanYaml yaml) {
        this.yaml = yaml;
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == PlanDocument.class;
    }

    @Override
    public PlanDocument readFrom(
            Class<PlanDocument> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, String> headers,
            InputStream body)
            throws IOException {
        return yaml.read(body);
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == PlanDocument.class;
    }

    @Override
    public void writeTo(
            PlanDocument plan,
            Class<?> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, Object> headers,
            OutputStream body)
            throws IOException {
        yaml.write(plan, body);
    }
}
