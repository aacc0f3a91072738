package org.consortia.deliverable.comment;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.consortia.common.Page;
import org.consortia.common.PageRequest;
import org.consortia.common.QueryLiterals;
import org.consortia.deliverable.Deliverable;
import org.consortia.deliverable.Visibility;

/**
 * The comments of a deliverable. Queries written out (visibilities as constants, the count a query of its own)
 * so that Hibernate translates each once; Panache's derived counts and list parameters are translated at every call.
 */
@ApplicationScoped
public class CommentRepository implements PanacheRepository<Comment> {

    /** The latest {@code limit} comments with one of {@code visibilities}, newest first, and how many there are. */
    public Page<Comment> latest(Deliverable deliverable, Set<Visibility> visibilities, int limit) {
        if (visibilities.isEmpty()) {
            return new Page<>(List.of(), 0, limit, 0);
        }
        String from = from(visibilities);
        List<Comment> items = getEntityManager()
                .createQuery("select c" + from + " order by c.createdAt desc, c.id desc", Comment.class)
                .setParameter("deliverable", deliverable)
                .setMaxResults(limit)
                .getResultList();
        return new Page<>(items, 0, limit, count(from, deliverable));
    }

    /** The deliverable's comments with one of {@code visibilities}, oldest first (a conversation). */
    public Page<Comment> page(Deliverable deliverable, Set<Visibility> visibilities, PageRequest request) {
        if (visibilities.isEmpty()) {
            return request.page(List.of(), 0);
        }
        String from = from(visibilities);
        List<Comment> items = getEntityManager()
                .createQuery("select c" + from + " order by c.createdAt, c.id", Comment.class)
                .setParameter("deliverable", deliverable)
                .setFirstResult(request.offset())
                .setMaxResults(request.size)
                .getResultList();
        return request.page(items, count(from, deliverable));
    }

    private static String from(Set<Visibility> visibilities) {
        return " from Comment c where c.deliverable = :deliverable and c.visibility in "
                + QueryLiterals.enums(visibilities.stream().sorted().toList());
    }

    private long count(String from, Deliverable deliverable) {
        return getEntityManager()
                .createQuery("select count(c)" + from, Long.class)
                .setParameter("deliverable", deliverable)
                .getSingleResult();
    }
}
