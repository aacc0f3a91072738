package org.consortia.settings;

import java.util.List;

/** A freshly issued calendar feed: the link for all projects and one per project, shown this once. */
public record NewCalendarLinks(String all, List<ProjectLink> projects) {

    /** The feed of one project. */
    public record ProjectLink(String acronym, String url) {}
}
