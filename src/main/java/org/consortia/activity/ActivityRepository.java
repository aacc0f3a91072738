package org.consortia.activity;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.project.Project;

@ApplicationScoped
public class ActivityRepository implements PanacheRepository<ActivityEntry> {

    /** A page of the project's entries matching the filter, newest first, in two queries. */
    public Page<ActivityEntry> page(Project project, ActivityFilter filter, boolean funderView, PageRequest request) {
        Selection selection = select(project, filter, funderView);
        long total = selection
                .bind(getEntityManager()
                        .createQuery("select count(e) from ActivityEntry e" + selection.where(), Long.class))
                .getSingleResult();
        List<ActivityEntry> items = total == 0
                ? List.of()
                : rows(selection)
                        .setFirstResult(request.offset())
                        .setMaxResults(request.size)
                        .getResultList();
        return request.page(items, total);
    }

    /** The latest {@code limit} entries matching the filter, newest first, in one query (no count). */
    public List<ActivityEntry> latest(Project project, ActivityFilter filter, boolean funderView, int limit) {
        return rows(select(project, filter, funderView)).setMaxResults(limit).getResultList();
    }

    private TypedQuery<ActivityEntry> rows(Selection selection) {
        return selection.bind(getEntityManager()
                .createQuery(
                        "select e from ActivityEntry e" + selection.where() + " order by e.occurredAt desc, e.id desc",
                        ActivityEntry.class));
    }

    /** A where clause and its parameters. */
    private record Selection(String where, Map<String, Object> parameters) {
        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }

    private static Selection select(Project project, ActivityFilter filter, boolean funderView) {
        StringBuilder where = new StringBuilder(" where e.project = :project");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("project", project);
        if (funderView) {
            where.append(" and e.visibleToFunder = true");
        }
        if (filter.deliverable != null) {
            where.append(" and e.deliverableCode = :deliverable");
            parameters.put("deliverable", filter.deliverable);
        }
        if (filter.person != null) {
            where.append(" and e.actorUsername = :person");
            parameters.put("person", filter.person);
        }
        if (filter.organisationCode() != null) {
            where.append(" and concat(',', e.actorOrganisation, ',') like :organisation");
            parameters.put("organisation", "%," + filter.organisationCode() + ",%");
        }
        if (filter.fromTime() != null) {
            where.append(" and e.occurredAt >= :from");
            parameters.put("from", filter.fromTime());
        }
        if (filter.toTime() != null) {
            where.append(" and e.occurredAt < :to");
            parameters.put("to", filter.toTime());
        }
        return new Selection(where.toString(), parameters);
    }
}
