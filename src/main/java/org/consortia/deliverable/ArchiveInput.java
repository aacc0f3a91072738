package org.consortia.deliverable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a deliverable leaves the plan. */
public record ArchiveInput(@NotBlank @Size(max = 2000) String reason) {}
