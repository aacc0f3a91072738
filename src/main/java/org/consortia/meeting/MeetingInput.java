package org.consortia.meeting;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.consortia.deliverable.DeliverableInput;
import org.consortia.event.EventInput;

/**
 * A meeting as a client sends it and as a plan document lists it: its code (never a deliverable's), title, work
 * package and kind, and its event details (at least the day it is planned for). What a meeting's answer adds (its
 * {@code lead}, its {@code version}) is read and ignored, so that a client can send back what it read.
 */
@JsonIgnoreProperties({"lead", "version"})
public record MeetingInput(
        @NotBlank
        @Pattern(
                regexp = DeliverableInput.CODE,
                message =
                        "must start with a capital letter, then up to 15 capitals, digits, dots or hyphens (e.g. SC1)")
        String code,

        @NotBlank @Size(max = 500) String title,
        @NotBlank String workPackage,
        @NotNull MeetingKind kind,
        @Valid @NotNull EventInput event) {

    /** Whether this changes no more than the event details of {@code current}: what its hosts may do. */
    public boolean changesOnlyEventOf(MeetingView current) {
        return code.equals(current.code())
                && title.strip().equals(current.title())
                && workPackage.equals(current.workPackage())
                && kind == current.kind();
    }
}
