package org.consortia.partner;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A partner of a project, as a client sends it and as a plan document lists it. */
public record PartnerInput(
        @NotBlank String organisation,
        @NotNull ParticipationRole role,
        @Min(1) Integer partnerNumber,
        @Size(max = 255) String contactName,
        @Email @Size(max = 255) String contactEmail) {}
