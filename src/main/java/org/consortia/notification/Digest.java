package org.consortia.notification;

import java.util.List;
import org.consortia.deadline.Deadline;

/** A project's week for its coordinators, as of the moment the digest is mailed. */
public record Digest(List<Deadline> overdue, List<Deadline> dueSoon, long changes) {}
