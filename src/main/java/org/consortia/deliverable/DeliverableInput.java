package org.consortia.deliverable;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.consortia.event.EventInput;
import org.consortia.event.EventService;
import org.consortia.project.DueFields;

/**
 * A deliverable as a client sends it and as a plan document lists it. Partners and work packages
 * are named by their codes; {@code dueDate}, when given, fixes the date instead of the end of the
 * due month (and gives the due month when that is left out).
 */
@JsonIgnoreProperties({"overdue", "dueDateExplicit", "workflow", "version", "funderStatus", "archived"})
public record DeliverableInput(
        @NotBlank
        @Pattern(
                regexp = CODE,
                message =
                        "must start with a capital letter, then up to 15 capitals, digits, dots or hyphens (e.g. D2.1)")
        String code,

        @NotBlank @Size(max = 500) String title,
        String description,
        @NotBlank String workPackage,
        @NotBlank String lead,
        List<@NotBlank String> contributors,
        @NotNull DeliverableKind kind,
        DeliverableType type,
        DisseminationLevel disseminationLevel,
        @Min(1) Integer dueMonth,
        LocalDate dueDate,
        LocalDate forecastDate,
        DeliverableStatus status,
        List<@NotBlank String> dependsOn,
        @Valid EventInput event) {

    public static final String CODE = "[A-Z][A-Z0-9.-]{0,15}";

    /**
     * The plan of {@code current} as it stands, with {@code event} as its event details: the update a
     * lead partner sends (its status left to the workflow).
     */
    public static DeliverableInput withEvent(DeliverableView current, EventInput event) {
        return of(current, current.forecastDate(), event);
    }

    /** The plan of {@code current} as it stands, expected on {@code forecastDate} (null: on its due date). */
    public static DeliverableInput withForecast(DeliverableView current, LocalDate forecastDate) {
        return of(current, forecastDate, current.event());
    }

    private static DeliverableInput of(DeliverableView current, LocalDate forecastDate, EventInput event) {
        return new DeliverableInput(
                current.code(),
                current.title(),
                current.description(),
                current.workPackage(),
                current.lead(),
                current.contributors(),
                current.kind(),
                current.type(),
                current.disseminationLevel(),
                current.dueDateExplicit() ? null : current.dueMonth(),
                current.dueDateExplicit() ? current.dueDate() : null,
                forecastDate,
                null,
                current.dependsOn(),
                event);
    }

    /** What of {@code current} this update changes; its status aside, which moves through the workflow. */
    public Set<DeliverablePart> changedParts(DeliverableView current) {
        Set<DeliverablePart> parts = EnumSet.noneOf(DeliverablePart.class);
        if (!keepsPlanOf(current)) {
            parts.add(DeliverablePart.PLAN);
        }
        if (!Objects.requireNonNullElse(forecastDate, current.dueDate()).equals(current.forecastDate())) {
            parts.add(DeliverablePart.FORECAST);
        }
        if (!Objects.equals(EventService.normalised(event), current.event())) {
            parts.add(DeliverablePart.EVENT);
        }
        return parts;
    }

    private boolean keepsPlanOf(DeliverableView current) {
        return DueFields.unchanged(dueMonth, dueDate, current.dueMonth(), current.dueDate(), current.dueDateExplicit())
                && title.strip().equals(current.title())
                && Objects.equals(description, current.description())
                && workPackage.equals(current.workPackage())
                && lead.equals(current.lead())
                && new TreeSet<>(contributorCodes()).equals(new TreeSet<>(current.contributors()))
                && kind == current.kind()
                && Objects.requireNonNullElse(type, DeliverableType.R) == current.type()
                && Objects.requireNonNullElse(disseminationLevel, DisseminationLevel.PU) == current.disseminationLevel()
                && new TreeSet<>(dependencyCodes()).equals(new TreeSet<>(current.dependsOn()));
    }

    List<String> contributorCodes() {
        return contributors == null ? List.of() : contributors;
    }

    List<String> dependencyCodes() {
        return dependsOn == null ? List.of() : dependsOn;
    }
}
