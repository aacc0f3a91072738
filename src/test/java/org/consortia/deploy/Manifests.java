package org.consortia.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * Reads the YAML of {@code deploy/} and builds a kustomization the way {@code kubectl kustomize} does
 * for the few features the manifests use: {@code resources} (files and directories), {@code patches}
 * with a {@code path} (strategic merge: maps merged, lists of named items merged by name, other lists
 * replaced, {@code null} deletes), {@code images} and {@code namespace}. Anything else in a
 * kustomization is an error, so that a new feature cannot slip past the check unbuilt.
 */
final class Manifests {

    private Manifests() {
    }

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

    /** The resources a kustomization directory builds to. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> build(Path directory) {
        var kustomization = loadOne(directory.resolve("kustomization.yaml"));
        for (String key : kustomization.keySet()) {
            if (!List.of("apiVersion", "kind", "resources", "patches", "images", "namespace").contains(key)) {
                fail(directory + "/kustomization.yaml uses '" + key + "', which this check does not build");
            }
        }
        var resources = new ArrayList<Map<String, Object>>();
        for (Object entry : list(kustomization.get("resources"))) {
            Path path = directory.resolve((String) entry).normalize();
            assertTrue(Files.exists(path), directory + ": resource " + entry + " exists");
            if (Files.isDirectory(path)) {
                resources.addAll(build(path));
            } else {
                for (Object document : load(path)) {
                    resources.add((Map<String, Object>) document);
                }
            }
        }
        for (Object entry : list(kustomization.get("patches"))) {
            var patchEntry = (Map<String, Object>) entry;
            assertEquals(List.of("path"), List.copyOf(patchEntry.keySet()), directory + ": a patch is a path");
            Path path = directory.resolve((String) patchEntry.get("path")).normalize();
            assertTrue(Files.exists(path), directory + ": patch " + path + " exists");
            var patch = loadOne(path);
            var target = resources.stream()
                    .filter(r -> r.get("kind").equals(patch.get("kind")) && name(r).equals(name(patch)))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(path + " patches " + patch.get("kind") + " "
                            + name(patch) + ", which the resources do not hold"));
            merge(target, patch);
        }
        for (Object entry : list(kustomization.get("images"))) {
            var image = (Map<String, Object>) entry;
            int replaced = 0;
            for (var container : containers(resources)) {
                String current = (String) container.get("image");
                String currentName = current.contains(":") ? current.substring(0, current.lastIndexOf(':')) : current;
                if (currentName.equals(image.get("name"))) {
                    String newName = (String) image.getOrDefault("newName", currentName);
                    String tag = current.contains(":") ? current.substring(current.lastIndexOf(':') + 1) : "latest";
                    container.put("image", newName + ":" + image.getOrDefault("newTag", tag));
                    replaced++;
                }
            }
            assertTrue(replaced > 0, directory + ": image " + image.get("name") + " is used by a container");
        }
        if (kustomization.get("namespace") != null) {
            for (var resource : resources) {
                map(resource, "metadata").put("namespace", kustomization.get("namespace"));
            }
        }
        return resources;
    }

    /** Strategic merge, for what the patches here need. */
    @SuppressWarnings("unchecked")
    static void merge(Map<String, Object> target, Map<String, Object> patch) {
        for (var entry : patch.entrySet()) {
            Object current = target.get(entry.getKey());
            Object change = entry.getValue();
            if (change == null) {
                target.remove(entry.getKey());
            } else if (current instanceof Map && change instanceof Map) {
                merge((Map<String, Object>) current, (Map<String, Object>) change);
            } else if (current instanceof List && change instanceof List && named((List<Object>) current)
                    && named((List<Object>) change)) {
                var items = (List<Object>) current;
                for (Object item : (List<Object>) change) {
                    var patchItem = (Map<String, Object>) item;
                    items.stream()
                            .map(i -> (Map<String, Object>) i)
                            .filter(i -> i.get("name").equals(patchItem.get("name")))
                            .findFirst()
                            .ifPresentOrElse(i -> merge(i, patchItem), () -> items.add(patchItem));
                }
            } else {
                target.put(entry.getKey(), change);
            }
        }
    }

    private static boolean named(List<Object> items) {
        return !items.isEmpty() && items.stream().allMatch(i -> i instanceof Map<?, ?> m && m.get("name") != null);
    }

    static String name(Map<String, Object> resource) {
        return String.valueOf(map(resource, "metadata").get("name"));
    }

    static Map<String, Object> only(List<Map<String, Object>> resources, String kind) {
        var matching = resources.stream().filter(r -> kind.equals(r.get("kind"))).toList();
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
