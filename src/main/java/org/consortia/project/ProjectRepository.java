package org.consortia.project;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;

@ApplicationScoped
public class ProjectRepository implements PanacheRepository<Project> {

    public Optional<Project> findByAcronym(String acronym) {
        return find("acronym", acronym).firstResultOptional();
    }

    public Page<Project> page(PageRequest request) {
        var query = findAll(Sort.by("acronym")).page(request.page, request.size);
        return request.page(query.list(), query.count());
    }
}
