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
        TypedQuery<Long> count = getEntityManager().createQuery("select count(e) from ActivityEntry e" + where, Long.class);
        TypedQuery<ActivityEntry> rows = getEntityManager().createQuery(
                "select e from ActivityEntry e" + where + " order by e.occurredAt desc, e.id desc", ActivityEntry.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            rows.setParameter(name, value);
        });
        long total = count.getSingleResult();
        List<ActivityEntry> items = total == 0 ? List.of()
                : rows.setFirstResult(request.offset()).setMaxResults(request.size).getResultList();
        return request.page(items, total);
    }
}
