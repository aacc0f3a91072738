package org.consortia.reviewer;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.project.Project;

@ApplicationScoped
public class ReviewerAssignmentRepository implements PanacheRepository<ReviewerAssignment> {

    public Optional<ReviewerAssignment> find(Project project, String username) {
        return find("project = ?1 and username = ?2", project, username).firstResultOptional();
    }

    public List<ReviewerAssignment> listAll(Project project) {
        return list("project", Sort.by("username"), project);
    }

    public Page<ReviewerAssignment> page(Project project, PageRequest request) {
        var query = find("project", Sort.by("username"), project).page(request.page, request.size);
        return request.page(query.list(), query.count());
    }
}
