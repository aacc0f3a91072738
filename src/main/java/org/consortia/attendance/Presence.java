package org.consortia.attendance;

/** How a participant takes part: in the room, or online (at a hybrid or online event). */
public enum Presence {
    IN_PERSON,
    ONLINE
}
