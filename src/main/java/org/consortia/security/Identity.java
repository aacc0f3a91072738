package org.consortia.security;

import java.util.Set;

/**
 * What access depends on: the account name, the codes of its organisations (upper case) and its
 * realm roles. The caller of a request has one ({@link CurrentUser#identity()}); so does a person the
 * platform acts for without a request (a calendar feed, a notification), from what was recorded when
 * they last signed in ({@link Person#identity()}).
 */
public record Identity(String username, Set<String> organisations, Set<String> roles) {

    public static final String PLATFORM_ADMIN = "platform-admin";
    public static final String COORDINATOR = "coordinator";
    public static final String REVIEWER = "reviewer";
    public static final String PARTNER = "partner";
    public static final String FINANCE = "finance";

    public Identity {
        organisations = Set.copyOf(organisations);
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean isPlatformAdmin() {
        return hasRole(PLATFORM_ADMIN);
    }

    /**
     * Whether they supervise the staff of {@code organisationCode}: a member of it with the finance role, who
     * countersigns their colleagues' timesheets (docs/finances.md).
     */
    public boolean supervises(String organisationCode) {
        return organisationCode != null && hasRole(FINANCE) && organisations.contains(organisationCode);
    }

    /**
     * Whether they act as coordinator of a project in which one of their organisations takes part: the
     * organisation coordinates it and they have the coordinator role.
     */
    public boolean actsAsCoordinator(boolean organisationCoordinates) {
        return organisationCoordinates && hasRole(COORDINATOR);
    }
}
