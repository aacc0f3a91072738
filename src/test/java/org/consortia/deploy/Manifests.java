package org.consortia.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads the YAML of {@code deploy/}, and builds the kustomizations with the real {@code kubectl kustomize}.
 * The files are read with SnakeYAML, which resolves compose.yaml's merge keys ({@code <<: *app});
 * Kustomize's output, plain YAML, with Jackson.
 */
final class Manifests {

    private static boolean kustomizeChecked;

    private Manifests() {}

    /** Every document of a YAML file (SnakeYAML, safe constructor: merge keys and anchors resolved). */
    static List<Object> load(Path file) {
        try {
            var yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
            var documents = new ArrayList<Object>();
            for (Object document : yaml.loadAll(Files.readString(file))) {
                if (document != null) {
                    documents.add(document);
                }
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> loadOne(Path file) {
        var documents = load(file);
        assertEquals(1, documents.size(), file + " holds one document");
        assertTrue(documents.get(0) instanceof Map, file + " is a mapping");
        return (Map<String, Object>) documents.get(0);
    }

    /**
     * The resources a kustomization directory builds to, as {@code kubectl kustomize} (Kustomize v5) prints them:
     * what {@code kubectl apply -k} would send, with the patches, images and namespace applied by Kustomize itself.
     */
    static List<Map<String, Object>> build(Path directory) {
        String output = kubectl("kustomize", directory.toString());
        try (MappingIterator<Map<String, Object>> documents = new YAMLMapper()
                .readerFor(new TypeReference<Map<String, Object>>() {})
                .readValues(output)) {
            return documents.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException(directory + ": kubectl kustomize printed what is not YAML", e);
        }
    }

    /** Runs kubectl, checking once that its Kustomize is v5; fails naming kubectl when it is missing. */
    private static synchronized String kubectl(String... arguments) {
        if (!kustomizeChecked) {
            String version = run(List.of("kubectl", "version", "--client"));
            assertTrue(version.matches("(?s).*Kustomize Version: v5\\..*"), "kubectl with Kustomize v5: " + version);
            kustomizeChecked = true;
        }
        var command = new ArrayList<>(List.of("kubectl"));
        command.addAll(List.of(arguments));
        return run(command);
    }

    private static String run(List<String> command) {
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
        } catch (IOException e) {
            return fail(
                    "DeployManifestsTest builds the kustomizations with kubectl (Kustomize v5), which is missing"
                            + " here: install kubectl (https://kubernetes.io/docs/tasks/tools/install-kubectl-linux/)",
                    e);
        }
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, process.waitFor(), String.join(" ", command) + " failed (its errors are above)");
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> only(List<Map<String, Object>> resources, String kind) {
        var matching =
                resources.stream().filter(r -> kind.equals(r.get("kind"))).toList();
        assertEquals(1, matching.size(), "one " + kind);
        return matching.get(0);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> containers(List<Map<String, Object>> resources) {
        var containers = new ArrayList<Map<String, Object>>();
        for (var resource : resources) {
            if ("Deployment".equals(resource.get("kind"))) {
                var podSpec = map(map(map(resource, "spec"), "template"), "spec");
                for (Object container : list(podSpec.get("containers"))) {
                    containers.add((Map<String, Object>) container);
                }
            }
        }
        return containers;
    }

    /** The value at a path of keys, or null. */
    @SuppressWarnings("unchecked")
    static Object at(Object node, String... keys) {
        for (String key : keys) {
            if (!(node instanceof Map)) {
                return null;
            }
            node = ((Map<String, Object>) node).get(key);
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> node, String key) {
        Object value = node.get(key);
        assertTrue(value instanceof Map, key + " is a mapping in " + node);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }

    /** Every key/value pair of a tree of maps and lists (for scans), with its path. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> leaves(Object node, String path) {
        var leaves = new LinkedHashMap<String, Object>();
        if (node instanceof Map<?, ?> mapping) {
            for (var entry : ((Map<Object, Object>) mapping).entrySet()) {
                String childPath = path + "/" + entry.getKey();
                if (entry.getValue() instanceof Map || entry.getValue() instanceof List) {
                    leaves.putAll(leaves(entry.getValue(), childPath));
                } else {
                    leaves.put(childPath, entry.getValue());
                }
            }
        } else if (node instanceof List<?> items) {
            for (int i = 0; i < items.size(); i++) {
                leaves.putAll(leaves(items.get(i), path + "[" + i + "]"));
            }
        }
        return leaves;
    }
}
