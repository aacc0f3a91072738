package org.consortia.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import org.consortia.deliverable.DeliverableMessages;
import org.consortia.deliverable.DeliverableService;
import org.consortia.meeting.MeetingMessages;
import org.consortia.meeting.MeetingService;
import org.consortia.project.Project;
import org.consortia.security.Standing;
import org.consortia.web.Language;
import org.consortia.web.LocalisedMessages;

/**
 * The exports of a project's lists as downloads, for the API and the pages alike: what the caller may
 * read (a funder's reviewer, only what was submitted to the funder) in the caller's language. The rows
 * are read first, in a fixed number of queries; the file is then written straight into the response.
 */
@ApplicationScoped
public class ExportDownloads {

    private final DeliverableService deliverables;
    private final MeetingService meetings;
    private final LocalisedMessages messages;
    private final Language language;

    ExportDownloads(
            DeliverableService deliverables, MeetingService meetings, LocalisedMessages messages, Language language) {
        this.deliverables = deliverables;
        this.meetings = meetings;
        this.messages = messages;
        this.language = language;
    }

    /** {@code {ACRONYM}-deliverables.csv|xlsx}: every deliverable the caller may see. */
    public Response deliverables(Project project, Standing standing, String extension) {
        return download(project, standing, "deliverables", extension, ExportTables::deliverables);
    }

    /**
     * {@code {ACRONYM}-events.csv|xlsx}: the event deliverables the caller may see, and the meetings that are not
     * deliverables for the consortium (the funder's reviewers read about them only in submitted reports).
     */
    public Response events(Project project, Standing standing, String extension) {
        ExportFormat format = ExportFormat.of(extension);
        ExportTable table = ExportTables.events(
                deliverables.list(project, standing.isReviewer()),
                standing.isReviewer() ? List.of() : meetings.list(project),
                messages.get(),
                messages.get(ExportMessages.class),
                messages.get(DeliverableMessages.class),
                messages.get(MeetingMessages.class));
        return write(project, "events", format, table);
    }

    /**
     * {@code {ACRONYM}-{list}.csv|xlsx}: a table another feature computed (the finance page's), as this one writes
     * every export.
     */
    public Response download(Project project, String list, String extension, ExportTable table) {
        return write(project, list, ExportFormat.of(extension), table);
    }

    private Response download(
            Project project, Standing standing, String list, String extension, ExportTables.Tabulation tabulate) {
        ExportFormat format = ExportFormat.of(extension);
        ExportTable table = tabulate.apply(
                deliverables.list(project, standing.isReviewer()),
                messages.get(),
                messages.get(ExportMessages.class),
                messages.get(DeliverableMessages.class));
        return write(project, list, format, table);
    }

    private Response write(Project project, String list, ExportFormat format, ExportTable table) {
        StreamingOutput body = out -> format.write(table, out);
        return Response.ok(body, format.mediaType())
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + project.acronym + "-" + list + "." + format.extension() + "\"")
                .header(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                .header(HttpHeaders.VARY, "Accept-Language, Cookie")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }
}
