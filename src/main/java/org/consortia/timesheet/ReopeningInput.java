package org.consortia.timesheet;

import jakarta.validation.constraints.Size;

/** Taking a signed month back to open: the person withdrawing their signature, or a supervisor saying why. */
public record ReopeningInput(@Size(max = 2000) String comment) {}
