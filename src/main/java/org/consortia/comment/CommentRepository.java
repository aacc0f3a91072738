package org.consortia.comment;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.deliverable.Deliverable;

@ApplicationScoped
public class CommentRepository implements PanacheRepository<Comment> {

    /** The latest {@code limit} comments with one of {@code visibilities}, newest first, and how many there are. */
    public Page<Comment> latest(Deliverable deliverable, Set<Visibility> visibilities, int limit) {
        var query = find("deliverable = ?1 and visibility in ?2", Sort.descending("createdAt", "id"), deliverable,
                visibilities).page(0, limit);
        return new Page<>(query.list(), 0, limit, query.count());
    }

    /** The deliverable's comments with one of {@code visibilities}, oldest first (a conversation). */
    public Page<Comment> page(Deliverable deliverable, Set<Visibility> visibilities, PageRequest request) {
        var query = find("deliverable = ?1 and visibility in ?2", Sort.by("createdAt").and("id"), deliverable,
                visibilities).page(request.page, request.size);
        return request.page(query.list(), query.count());
    }
}
