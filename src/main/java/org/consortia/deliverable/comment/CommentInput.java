package org.consortia.deliverable.comment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.consortia.deliverable.Visibility;

/** A new comment; visibility CONSORTIUM unless given (reviewers' comments are always FUNDER). */
public record CommentInput(@NotBlank @Size(max = 10000) String text, Visibility visibility) {}
