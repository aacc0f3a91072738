package org.consortia.amendment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.consortia.finance.BudgetInput;

/**
 * A request, for a {@code reason}, to move the contractual date of one deliverable or one milestone (named by its
 * code) to the end of {@code dueMonth} or to {@code dueDate}; or to replace the {@code budget} with another (as a plan
 * document writes it). It names one of the three.
 */
public record AmendmentInput(
        String deliverable,
        String milestone,
        @Min(1) Integer dueMonth,
        LocalDate dueDate,
        @Valid BudgetInput budget,
        @NotBlank @Size(max = 4000) String reason) {}
