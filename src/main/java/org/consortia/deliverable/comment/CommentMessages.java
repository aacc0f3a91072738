package org.consortia.deliverable.comment;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.consortia.deliverable.Visibility;

/**
 * Who may read a comment, in English ({@code {comment:visibility(…)}} in the templates); the other languages are in
 * {@code messages/comment_<language>.properties}.
 */
@MessageBundle("comment")
public interface CommentMessages {

    @Message("{#when visibility}{#is CONSORTIUM}consortium only{#is FUNDER}shared with the funder{/when}")
    String visibility(Visibility visibility);
}
