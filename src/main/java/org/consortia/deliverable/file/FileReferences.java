package org.consortia.deliverable.file;

import java.util.Set;

/**
 * A holder of stored files (the deliverables' versions, the events' signed sheets): the hashes it refers to, which
 * {@link OrphanFileSweep} keeps.
 */
public interface FileReferences {

    Set<String> referencedHashes();
}
