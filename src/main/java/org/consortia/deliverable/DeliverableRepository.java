package org.consortia.deliverable;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.common.QueryLiterals;
import org.consortia.project.Project;

/**
 * Deliverable queries. A page costs a fixed number of statements whatever its size: a count, the
 * rows with their work package, lead and event, then the contributors and dependencies of the page (and
 * the hosts of its events, {@code EventService#hostCodes}).
 */
@ApplicationScoped
public class DeliverableRepository implements PanacheRepository<Deliverable> {

    private static final String FETCH =
            " join fetch d.workPackage w join fetch d.lead l join fetch l.organisation" + " left join fetch d.event";

    public Optional<Deliverable> findByCode(Project project, String code) {
        return getEntityManager()
                .createQuery(
                        "select d from Deliverable d" + FETCH + " where d.project = :project and d.code = :code",
                        Deliverable.class)
                .setParameter("project", project)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    /**
     * Moves the deliverable's version on at once (not at commit, so that the answer's ETag is the stored one): a change
     * of its event is a change of the deliverable.
     */
    public void touch(Deliverable deliverable) {
        getEntityManager().lock(deliverable, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    /** Locks the deliverable's row until the transaction ends ({@code for update}) and reads it again. */
    public void lockAndRefresh(Deliverable deliverable) {
        getEntityManager().refresh(deliverable, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The project's deliverables among {@code codes}. */
    public List<Deliverable> findByCodes(Project project, Collection<String> codes) {
        return codes.isEmpty() ? List.of() : list("project = ?1 and code in ?2", project, codes);
    }

    /** The project's deliverables in its plan (not archived), in due order, in one query. */
    public List<Deliverable> listAll(Project project) {
        return inDueOrder(project, " and d.archivedAt is null");
    }

    /** Every deliverable of the project, archived ones too, in due order, in one query. */
    public List<Deliverable> listEvery(Project project) {
        return inDueOrder(project, "");
    }

    private List<Deliverable> inDueOrder(Project project, String andWhere) {
        return getEntityManager()
                .createQuery(
                        "select d from Deliverable d" + FETCH + " where d.project = :project" + andWhere
                                + " order by d.dueDate, d.code",
                        Deliverable.class)
                .setParameter("project", project)
                .getResultList();
    }

    /**
     * A page of the project's deliverables matching the filter; in the funder's view, its status filter is in the
     * funder's words.
     */
    public Page<Deliverable> page(
            Project project, DeliverableFilter filter, boolean funderView, LocalDate today, PageRequest request) {
        StringBuilder where = new StringBuilder(" where d.project = :project and d.archivedAt is ")
                .append(filter.archivedOnly() ? "not null" : "null");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("project", project);
        if (funderView) {
            List<FunderStatus> statuses = filter.funderStatuses();
            if (!statuses.isEmpty()) {
                where.append(" and ").append(FunderProjection.where(statuses, "d"));
            }
        } else {
            List<DeliverableStatus> statuses = filter.statuses();
            if (!statuses.isEmpty()) {
                where.append(" and d.status in ").append(QueryLiterals.enums(statuses));
            }
        }
        List<DeliverableKind> kinds = filter.kinds();
        if (!kinds.isEmpty()) {
            where.append(" and d.kind in ").append(QueryLiterals.enums(kinds));
        }
        filter.workPackageNumber().ifPresent(number -> {
            where.append(" and d.workPackage.number = :workPackage");
            parameters.put("workPackage", number);
        });
        if (filter.lead != null) {
            where.append(" and d.lead.organisation.code = :lead");
            parameters.put("lead", filter.lead);
        }
        if (filter.dueBeforeDate() != null) {
            where.append(" and d.dueDate < :dueBefore");
            parameters.put("dueBefore", filter.dueBeforeDate());
        }
        if (filter.dueAfterDate() != null) {
            where.append(" and d.dueDate > :dueAfter");
            parameters.put("dueAfter", filter.dueAfterDate());
        }
        if (filter.overdueOnly()) {
            where.append(" and d.dueDate < :today and d.status not in ")
                    .append(QueryLiterals.enums(DeliverableStatus.DELIVERED));
            parameters.put("today", today);
        }
        TypedQuery<Long> count =
                getEntityManager().createQuery("select count(d) from Deliverable d" + where, Long.class);
        TypedQuery<Deliverable> rows = getEntityManager()
                .createQuery(
                        "select d from Deliverable d" + FETCH + where + " order by d.dueDate, d.code",
                        Deliverable.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            rows.setParameter(name, value);
        });
        long total = count.getSingleResult();
        List<Deliverable> items = total == 0
                ? List.of()
                : rows.setFirstResult(request.offset())
                        .setMaxResults(request.size)
                        .getResultList();
        return request.page(items, total);
    }

    /** The organisation codes of the contributors of each deliverable, in one query. */
    public Map<Long, TreeSet<String>> contributorCodes(Collection<Deliverable> deliverables) {
        return codesByDeliverable(
                "select c.deliverable_id, o.code from deliverable_contributor c"
                        + " join participation p on p.id = c.participation_id join organisation o on o.id = p.organisation_id"
                        + " where c.deliverable_id = any(:ids)",
                deliverables);
    }

    /** The codes of the deliverables each deliverable depends on, in one query. */
    public Map<Long, TreeSet<String>> dependencyCodes(Collection<Deliverable> deliverables) {
        return codesByDeliverable(
                "select e.deliverable_id, t.code from deliverable_dependency e"
                        + " join deliverable t on t.id = e.depends_on_id where e.deliverable_id = any(:ids)",
                deliverables);
    }

    /** Every dependency of the project as pairs of codes (dependent, dependency). */
    public List<Object[]> dependencyEdges(Project project) {
        return getEntityManager()
                .createQuery(
                        "select d.code, t.code from Deliverable d join d.dependsOn t where d.project = :project",
                        Object[].class)
                .setParameter("project", project)
                .getResultList();
    }

    /** The codes of the deliverables that depend on this one. */
    public List<String> dependents(Deliverable deliverable) {
        return getEntityManager()
                .createQuery(
                        "select d.code from Deliverable d join d.dependsOn t where t = :target order by d.code",
                        String.class)
                .setParameter("target", deliverable)
                .getResultList();
    }

    private Map<Long, TreeSet<String>> codesByDeliverable(String sql, Collection<Deliverable> deliverables) {
        Map<Long, TreeSet<String>> codes = new HashMap<>();
        if (deliverables.isEmpty()) {
            return codes;
        }
        // SQL with an array parameter: a JPQL "in :list" is translated again for every call (its SQL depends on
        // the list's length), which cost more than the query itself.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery(sql, Object[].class)
                .setParameter("ids", deliverables.stream().map(d -> d.id).toArray(Long[]::new))
                .getResultList();
        for (Object[] row : rows) {
            codes.computeIfAbsent((Long) row[0], id -> new TreeSet<>()).add((String) row[1]);
        }
        return codes;
    }
}
