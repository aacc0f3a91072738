package org.consortia.export;

import jakarta.ws.rs.Path;
import org.consortia.project.ProjectService;
import org.consortia.security.AccessPolicy;

/**
 * The same downloads as {@link ExportResource}, at the pages' address, for visitors signed in with a session rather
 * than a bearer token (the API takes only tokens): {@code /projects/{acronym}/exports/deliverables.csv} and the like,
 * linked from the status page. Same endpoints, same rules, same files; errors are pages.
 */
@Path("/projects/{acronym}/exports")
public class ExportPage extends ExportResource {

    ExportPage(ProjectService projects, ExportDownloads downloads, AccessPolicy access) {
        super(projects, downloads, access);
    }
}
