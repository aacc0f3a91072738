package org.consortia.deliverable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DependencyGraphTest {

    @Test
    void chainsAndDiamondsHaveNoCycle() {
        DependencyGraph graph = DependencyGraph.of(
                List.of(new Object[] {"D2", "D1"}, new Object[] {"D3", "D1"}, new Object[] {"D4", "D2"}, new Object[] {
                    "D4", "D3"
                }));
        assertTrue(graph.cycle().isEmpty());
    }

    @Test
    void replacingAnEdgeCanCloseACycle() {
        DependencyGraph graph = DependencyGraph.of(List.of(new Object[] {"D2", "D1"}, new Object[] {"D3", "D2"}));
        graph.replace("D1", Set.of("D3"));
        assertEquals(Optional.of(List.of("D1", "D3", "D2", "D1")), graph.cycle());
    }

    @Test
    void replacingAnEdgeCanAlsoOpenOne() {
        DependencyGraph graph = DependencyGraph.of(List.of(new Object[] {"D2", "D1"}, new Object[] {"D1", "D2"}));
        graph.replace("D1", Set.of());
        assertTrue(graph.cycle().isEmpty());
    }

    @Test
    void selfDependencyIsACycle() {
        DependencyGraph graph = DependencyGraph.of(List.of());
        graph.replace("D1", Set.of("D1"));
        assertEquals(Optional.of(List.of("D1", "D1")), graph.cycle());
    }
}
