package org.consortia.attendance;

import java.time.LocalDate;

/**
 * An event's public registration as its organisers see it: opened or not, the form's address (once it has one), the
 * last day it takes registrations, whether it takes them today, and how many wait for their confirmation.
 */
public record RegistrationState(boolean open, String path, LocalDate until, boolean accepting, long pending) {}
