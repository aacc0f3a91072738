package org.consortia.attendance;

/** A participant's gender, as they give it; not given unless they do. */
public enum Gender {
    WOMAN,
    MAN,
    NON_BINARY,
    NOT_GIVEN
}
