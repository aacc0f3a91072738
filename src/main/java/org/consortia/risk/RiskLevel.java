package org.consortia.risk;

/** How likely a risk is to happen, and how hard it would hit the project. */
public enum RiskLevel {
    LOW,
    MEDIUM,
    HIGH
}
