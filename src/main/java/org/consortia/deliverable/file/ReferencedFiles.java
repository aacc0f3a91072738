package org.consortia.deliverable.file;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every stored file something refers to, whatever holds it ({@link FileReferences}: the deliverables' versions, the
 * events' signed sheets): what the orphan sweep keeps and a move to S3 copies.
 */
@ApplicationScoped
public class ReferencedFiles {

    private final List<FileReferences> holders;

    ReferencedFiles(@All List<FileReferences> holders) {
        this.holders = holders;
    }

    public Set<String> hashes() {
        Set<String> referenced = new HashSet<>();
        holders.forEach(holder -> referenced.addAll(holder.referencedHashes()));
        return referenced;
    }
}
