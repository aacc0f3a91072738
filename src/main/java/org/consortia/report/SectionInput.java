package org.consortia.report;

import jakarta.validation.constraints.Size;

/**
 * What a contributor writes in a section: the summary and a partner's contribution use {@code progress}
 * only; a work package has all four. {@code ready}: the writer considers the section finished.
 */
public record SectionInput(
        @Size(max = 20000) String progress,
        @Size(max = 20000) String achievements,
        @Size(max = 20000) String deviations,
        @Size(max = 20000) String correctiveActions,
        boolean ready) {}
