package org.consortia.deliverable.page;

import java.util.List;
import java.util.Set;
import org.consortia.common.Page;
import org.consortia.deliverable.DeliverablePart;
import org.consortia.deliverable.DeliverableView;
import org.consortia.deliverable.comment.CommentView;
import org.consortia.deliverable.file.FileVersionView;
import org.consortia.deliverable.workflow.Move;
import org.consortia.project.ProjectView;
import org.consortia.security.Standing;
import org.consortia.web.FormError;

/**
 * Everything the deliverable page shows, for this visitor: the moves they may make, whether they may upload or
 * comment, and the parts of it they may change ({@code changeable}) decide which forms appear at all.
 */
public record DossierView(
        ProjectView project,
        Standing standing,
        DeliverableView deliverable,
        List<Move> moves,
        boolean mayUpload,
        boolean mayComment,
        Set<DeliverablePart> changeable,
        List<FileVersionView> versions,
        long versionCount,
        Page<CommentView> comments,
        List<HistoryLine> history,
        FormError error) {

    /** The versions that may still be submitted (not withdrawn), newest first. */
    public List<FileVersionView> activeVersions() {
        return versions.stream().filter(v -> !v.withdrawn()).toList();
    }

    /** Whether a submission now would come after the due date (then a justification is owed). */
    public boolean late() {
        return deliverable.overdue();
    }

    /** How many earlier comments the page does not show (it shows the latest). */
    public long earlierComments() {
        return comments.total() - comments.items().size();
    }

    /** Whether the visitor records how its event went: the coordinator, the lead partner, or the host. */
    public boolean mayRecordEvent() {
        return deliverable.kind().isEvent() && changeable.contains(DeliverablePart.EVENT);
    }

    /** Whether the visitor moves its forecast: the coordinator, or the lead of its work package. */
    public boolean mayForecast() {
        return changeable.contains(DeliverablePart.FORECAST);
    }

    public boolean hasError() {
        return error != null;
    }
}
