package org.consortia.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.consortia.common.Codes;
import org.consortia.common.CountryCode;

/** What a client sends to create or update an organisation, and what a plan document lists. */
public record OrganisationInput(
        @NotBlank @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
        String code,

        @NotBlank @Size(max = 255) String legalName,
        @NotNull @CountryCode String country,
        @NotNull OrganisationType type,

        @Pattern(regexp = "\\d{9}", message = "must be the 9-digit Participant Identification Code")
        String pic,

        @Size(max = 512) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) address")
        String website) {}
