package org.consortia.deliverable;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The "depends on" relation between the deliverables of one project, by code. */
final class DependencyGraph {

    private final Map<String, Set<String>> dependencies = new TreeMap<>();

    static DependencyGraph of(List<Object[]> edges) {
        DependencyGraph graph = new DependencyGraph();
        for (Object[] edge : edges) {
            graph.dependencies
                    .computeIfAbsent((String) edge[0], code -> new TreeSet<>())
                    .add((String) edge[1]);
        }
        return graph;
    }

    void replace(String code, Set<String> dependsOn) {
        dependencies.put(code, new TreeSet<>(dependsOn));
    }

    /** A cycle, written as the codes along it with the first repeated at the end, if there is one. */
    Optional<List<String>> cycle() {
        Map<String, Boolean> onPath = new HashMap<>();
        Set<String> done = new HashSet<>();
        for (String start : dependencies.keySet()) {
            Deque<String> path = new ArrayDeque<>();
            Optional<List<String>> cycle = visit(start, path, onPath, done);
            if (cycle.isPresent()) {
                return cycle;
            }
        }
        return Optional.empty();
    }

    private Optional<List<String>> visit(
            String code, Deque<String> path, Map<String, Boolean> onPath, Set<String> done) {
        if (Boolean.TRUE.equals(onPath.get(code))) {
            List<String> cycle = new ArrayList<>();
            boolean inCycle = false;
            for (String step : (Iterable<String>) path::descendingIterator) {
                inCycle |= step.equals(code);
                if (inCycle) {
                    cycle.add(step);
                }
            }
            cycle.add(code);
            return Optional.of(cycle);
        }
        if (!done.add(code)) {
            return Optional.empty();
        }
        onPath.put(code, true);
        path.push(code);
        for (String next : dependencies.getOrDefault(code, Set.of())) {
            Optional<List<String>> cycle = visit(next, path, onPath, done);
            if (cycle.isPresent()) {
                return cycle;
            }
        }
        path.pop();
        onPath.put(code, false);
        return Optional.empty();
    }
}
