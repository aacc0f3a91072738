package org.consortia.deliverable;

/** Who reads a comment: the consortium only, or also the funder's assigned reviewers. */
public enum Visibility {
    CONSORTIUM,
    FUNDER
}
