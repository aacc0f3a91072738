package org.consortia.risk;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.project.Project;

@ApplicationScoped
public class RiskRepository implements PanacheRepository<Risk> {

    /** Every risk query loads the owner and its organisation in the same statement: a view shows its code. */
    private static final String WITH_OWNER =
            "from Risk r left join fetch r.owner o left join fetch o.organisation where r.project = ?1";

    public Optional<Risk> findByNumber(Project project, int number) {
        return find(WITH_OWNER + " and r.number = ?2", project, number).firstResultOptional();
    }

    public List<Risk> listAll(Project project) {
        return list(WITH_OWNER + " order by r.number", project);
    }

    public Page<Risk> page(Project project, PageRequest request) {
        List<Risk> items = find(WITH_OWNER + " order by r.number", project)
                .page(request.page, request.size)
                .list();
        return request.page(items, count("project", project));
    }

    /** Identified on or before {@code end} and not closed before {@code start}, by number. */
    public List<Risk> relevantTo(Project project, LocalDate start, LocalDate end) {
        return list(
                WITH_OWNER + " and r.identifiedOn <= ?2 and (r.closedOn is null or r.closedOn >= ?3)"
                        + " order by r.number",
                project,
                end,
                start);
    }

    /**
     * The number the next risk of the project gets. Takes a lock on the project's row first, so that two
     * risks entered at the same moment are numbered one after the other, not both with the same number.
     */
    public int nextNumber(Project project) {
        getEntityManager().find(Project.class, project.id, LockModeType.PESSIMISTIC_WRITE);
        Integer max = getEntityManager()
                .createQuery("select max(r.number) from Risk r where r.project = :project", Integer.class)
                .setParameter("project", project)
                .getSingleResult();
        return max == null ? 1 : max + 1;
    }
}
