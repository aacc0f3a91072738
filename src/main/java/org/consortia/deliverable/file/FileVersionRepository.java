package org.consortia.deliverable.file;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
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
public class FileVersionRepository implements PanacheRepository<FileVersion>, FileReferences {

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
    @Override
    public Set<String> referencedHashes() {
        return new HashSet<>(getEntityManager()
                .createQuery("select distinct f.sha256 from FileVersion f", String.class)
                .getResultList());
    }

    /** The deliverable's versions, newest first. */
    public Page<FileVersion> page(Deliverable deliverable, PageRequest request) {
        // Written out so that Hibernate translates both queries once (Panache's count() is translated at every call).
        List<FileVersion> items = getEntityManager()
                .createQuery(
                        "from FileVersion f where f.deliverable = :deliverable order by f.number desc",
                        FileVersion.class)
                .setParameter("deliverable", deliverable)
                .setFirstResult(request.offset())
                .setMaxResults(request.size)
                .getResultList();
        long total = getEntityManager()
                .createQuery("select count(f) from FileVersion f where f.deliverable = :deliverable", Long.class)
                .setParameter("deliverable", deliverable)
                .getSingleResult();
        return request.page(items, total);
    }

    /** The versions uploaded to the project's deliverables in [{@code from}, {@code to}), oldest first. */
    public List<FileVersion> uploadedBetween(Project project, OffsetDateTime from, OffsetDateTime to) {
        return find(
                        "select f from FileVersion f join fetch f.deliverable d where d.project = ?1"
                                + " and f.uploadedAt >= ?2 and f.uploadedAt < ?3 order by f.uploadedAt, f.id",
                        project,
                        from,
                        to)
                .list();
    }
}
