package org.consortia.amendment;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.project.Project;

@ApplicationScoped
public class AmendmentRepository implements PanacheRepository<Amendment> {

    public Optional<Amendment> findByNumber(Project project, int number) {
        return find("project = ?1 and number = ?2", project, number).firstResultOptional();
    }

    /** The newest first; only those in {@code status} when given. */
    public Page<Amendment> page(Project project, AmendmentStatus status, PageRequest request) {
        List<Amendment> items = (status == null
                        ? find("project = ?1 order by number desc", project)
                        : find("project = ?1 and status = ?2 order by number desc", project, status))
                .page(request.page, request.size)
                .list();
        long total =
                status == null ? count("project", project) : count("project = ?1 and status = ?2", project, status);
        return request.page(items, total);
    }

    /** The amendment of the item awaiting a decision, if any. */
    public Optional<Amendment> open(Project project, AmendedItem type, String code) {
        return find(
                        "project = ?1 and itemType = ?2 and itemCode = ?3 and status = ?4",
                        project,
                        type,
                        code,
                        AmendmentStatus.REQUESTED)
                .firstResultOptional();
    }

    /**
     * The number the next amendment of the project gets. Takes a lock on the project's row first, so that two requests
     * at the same moment are numbered (and checked for an open one) one after the other.
     */
    public int nextNumber(Project project) {
        getEntityManager().find(Project.class, project.id, LockModeType.PESSIMISTIC_WRITE);
        Integer max = getEntityManager()
                .createQuery("select max(a.number) from Amendment a where a.project = :project", Integer.class)
                .setParameter("project", project)
                .getSingleResult();
        return max == null ? 1 : max + 1;
    }
}
