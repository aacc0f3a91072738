package org.consortia.reviewer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The reviewer account to assign, by its user name in the identity provider (e.g. ec-reviewer). */
public record ReviewerInput(@NotBlank @Size(max = 255) String username) {}
