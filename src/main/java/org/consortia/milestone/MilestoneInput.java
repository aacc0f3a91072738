package org.consortia.milestone;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import org.consortia.project.DueFields;

/** A milestone as a client sends it and as a plan document lists it. */
public record MilestoneInput(
        @NotBlank
        @Pattern(
                regexp = "[A-Z][A-Z0-9.-]{0,15}",
                message =
                        "must start with a capital letter, then up to 15 capitals, digits, dots or hyphens (e.g. MS1)")
        String code,

        @NotBlank @Size(max = 500) String title,
        String workPackage,
        @Min(1) Integer dueMonth,
        LocalDate dueDate,
        LocalDate forecastDate,
        String meansOfVerification,
        LocalDate achievedDate) {

    /**
     * Whether this update changes at most the progress of {@code current}: when it is now expected and when it was
     * achieved, what the lead of its work package may do.
     */
    public boolean changesOnlyProgressOf(MilestoneView current) {
        return DueFields.unchanged(dueMonth, dueDate, current.dueMonth(), current.dueDate(), current.dueDateExplicit())
                && title.strip().equals(current.title())
                && Objects.equals(workPackage, current.workPackage())
                && Objects.equals(meansOfVerification, current.meansOfVerification());
    }
}
