package org.consortia.event;

/** Fired before an event's details are removed, in the transaction: an observer that throws keeps them. */
public record EventRemoving(Event event) {}
