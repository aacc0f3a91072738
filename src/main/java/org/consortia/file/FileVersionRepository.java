package org.consortia.file;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.deliverable.Deliverable;
import org.consortia.project.Project;

@ApplicationScoped
public class FileVersionRepository implements PanacheRepository<FileVersion> {

    public Optional<FileVersion> find(Deliverable deliverable, int number) {
        return find("deliverable = ?1 and number = ?2", deliverable, number).firstResultOptional();
    }

    public int nextNumber(Deliverable deliverable) {
        Integer max = getEntityManager()
                .createQuery("select max(f.number) from FileVersion f where f.deliverable = :d", Integer.class)
                .setParameter("d", deliverable)
                .getSingleResult();
        return max == null ? 1 : max + 1;
    }

    /** The hashes of every stored version, withdrawn or not. */
    public Set<String> referencedHashes() {
        return new HashSet<>(getEntityManager()
                .createQuery("select distinct f.sha256 from FileVersion f", String.class).getResultList());
    }

    /** The deliverable's versions, newest first. */
    public Page<FileVersion> page(Deliverable deliverable, PageRequest request) {
        var query = find("deliverable", Sort.descending("number"), deliverable).page(request.page, request.size);
        return request.page(query.list(), query.count());
    }

    /** The versions uploaded to the project's deliverables in [{@code from}, {@code to}), oldest first. */
    public List<FileVersion> uploadedBetween(Project project, OffsetDateTime from, OffsetDateTime to) {
        return find("select f from FileVersion f join fetch f.deliverable d where d.project = ?1"
                + " and f.uploadedAt >= ?2 and f.uploadedAt < ?3 order by f.uploadedAt, f.id", project, from, to).list();
    }
}
