package org.consortia.deliverable.comment;

import org.consortia.project.Project;

/**
 * Someone commented on a deliverable; fired inside the comment's transaction, so whatever observes it
 * synchronously (the notices to the people it addresses) is written, or not, together with the comment.
 *
 * @param funderReads whether the funder's reviewers can read this comment (shared with the funder, on a
 *                    deliverable the funder sees)
 */
public record CommentAdded(
        Project project,
        String code,
        String title,
        String lead,
        String byUsername,
        String byName,
        boolean byReviewer,
        String text,
        boolean funderReads) {}
