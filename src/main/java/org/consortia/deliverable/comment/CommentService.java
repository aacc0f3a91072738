package org.consortia.deliverable.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.consortia.activity.ActivityLog;
import org.consortia.activity.Subject;
import org.consortia.common.ConflictProblem;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.deliverable.Deliverable;
import org.consortia.deliverable.DeliverableService;
import org.consortia.deliverable.FunderProjection;
import org.consortia.deliverable.Visibility;
import org.consortia.project.Project;
import org.consortia.security.CurrentUser;

@ApplicationScoped
public class CommentService {

    private final CommentRepository comments;
    private final DeliverableService deliverables;
    private final ActivityLog activity;
    private final Event<CommentAdded> added;
    private final Clock clock;

    CommentService(
            CommentRepository comments,
            DeliverableService deliverables,
            ActivityLog activity,
            Event<CommentAdded> added,
            Clock clock) {
        this.comments = comments;
        this.deliverables = deliverables;
        this.activity = activity;
        this.added = added;
        this.clock = clock;
    }

    /**
     * The end of the conversation: the latest {@code limit} comments, oldest of them first, with the
     * number of all comments (a page shows the latest and says how many came before).
     */
    public Page<CommentView> latest(Project project, String code, boolean funderView, int limit) {
        return latest(deliverables.find(project, code), funderView, limit);
    }

    /** The same for a deliverable already found (and visible to the caller). */
    public Page<CommentView> latest(Deliverable deliverable, boolean funderView, int limit) {
        Page<Comment> newest = comments.latest(deliverable, readBy(deliverable, funderView), limit);
        List<CommentView> chronological =
                new ArrayList<>(newest.items().stream().map(CommentView::of).toList());
        Collections.reverse(chronological);
        return new Page<>(chronological, 0, limit, newest.total());
    }

    /** The comments on a deliverable; the funder's view holds only those shared with the funder. */
    public Page<CommentView> page(Project project, String code, boolean funderView, PageRequest request) {
        Deliverable deliverable = deliverables.find(project, code);
        return comments.page(deliverable, readBy(deliverable, funderView), request)
                .map(CommentView::of);
    }

    private static Set<Visibility> readBy(Deliverable deliverable, boolean funderView) {
        return funderView ? FunderProjection.comments(deliverable) : EnumSet.allOf(Visibility.class);
    }

    /** Adds a comment by {@code author}; a reviewer's comment is always shared with the funder. */
    @Transactional
    public CommentView add(Project project, String code, boolean byReviewer, CurrentUser author, CommentInput input) {
        Deliverable deliverable = deliverables.find(project, code);
        if (byReviewer && !FunderProjection.received(deliverable)) {
            throw new ConflictProblem("text", code + " has not been submitted to the funder yet");
        }
        Comment comment = new Comment();
        comment.deliverable = deliverable;
        comment.authorUsername = author.username();
        comment.authorName = author.name();
        comment.authorOrganisation = String.join(",", author.organisations());
        comment.text = input.text().strip();
        comment.visibility =
                byReviewer || input.visibility() == Visibility.FUNDER ? Visibility.FUNDER : Visibility.CONSORTIUM;
        comment.createdAt = OffsetDateTime.now(clock);
        comments.persist(comment);
        comments.flush();
        CommentView view = CommentView.of(comment);
        Subject subject = FunderProjection.comment(deliverable, comment.visibility);
        activity.record(project, subject, "COMMENTED", null, view);
        added.fire(new CommentAdded(
                project,
                code,
                deliverable.title,
                deliverable.lead.code(),
                author.username(),
                author.name(),
                byReviewer,
                comment.text,
                subject.visibleToFunder()));
        return view;
    }
}
