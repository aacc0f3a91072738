package org.consortia.event;

/** How people take part in an event. */
public enum EventMode {
    IN_PERSON,
    ONLINE,
    /** In a room, and online for those who cannot travel. */
    HYBRID
}
