package org.consortia.risk;

/** Where a risk stands: still a threat, reduced by what was done, or over (with the day it closed). */
public enum RiskStatus {
    OPEN,
    MITIGATED,
    CLOSED
}
