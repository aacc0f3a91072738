package org.consortia.project;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;

@ApplicationScoped
public class ProjectRepository implements PanacheRepository<Project> {

    public Optional<Project> findByAcronym(String acronym) {
        return find("acronym", acronym).firstResultOptional();
    }

    /** The projects in which one of {@code organisations} takes part, or {@code reviewer} is assigned. */
    public Page<Project> pageVisibleTo(Set<String> organisations, String reviewer, PageRequest request) {
        String where =
                " where p.id in (select pa.project.id from Participation pa where pa.organisation.code in :codes)"
                        + " or p.id in (select r.project.id from ReviewerAssignment r where r.username = :reviewer)";
        Set<String> codes = organisations.isEmpty() ? Set.of("") : organisations;
        String username = reviewer == null ? "" : reviewer;
        long total = getEntityManager()
                .createQuery("select count(p) from Project p" + where, Long.class)
                .setParameter("codes", codes)
                .setParameter("reviewer", username)
                .getSingleResult();
        List<Project> items = getEntityManager()
                .createQuery("select p from Project p" + where + " order by p.acronym", Project.class)
                .setParameter("codes", codes)
                .setParameter("reviewer", username)
                .setFirstResult(request.offset())
                .setMaxResults(request.size)
                .getResultList();
        return request.page(items, total);
    }

    public Page<Project> page(PageRequest request) {
        var query = findAll(Sort.by("acronym")).page(request.page, request.size);
        return request.page(query.list(), query.count());
    }
}
