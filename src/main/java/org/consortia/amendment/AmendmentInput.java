package org.consortia.amendment;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A request to move the contractual date of one deliverable or one milestone (named by its code, the other left
 * out) to the end of {@code dueMonth}, or to {@code dueDate}, for a {@code reason}.
 */
public record AmendmentInput(
        String deliverable,
        String milestone,
        @Min(1) Integer dueMonth,
        LocalDate dueDate,
        @NotBlank @Size(max = 4000) String reason) {}
