package org.consortia.project;

public enum ProjectStatus {
    DRAFT,
    ACTIVE,
    CLOSED
}
