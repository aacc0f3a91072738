package org.consortia.deliverable.comment;

import java.time.OffsetDateTime;
import org.consortia.deliverable.Visibility;

public record CommentView(
        long id,
        String author,
        String authorName,
        String authorOrganisation,
        String text,
        Visibility visibility,
        OffsetDateTime createdAt) {

    static CommentView of(Comment c) {
        return new CommentView(
                c.id, c.authorUsername, c.authorName, c.authorOrganisation, c.text, c.visibility, c.createdAt);
    }
}
