package org.consortia.finance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.consortia.project.Project;

/** The budget's tables, each read in one statement: a budget costs the same few queries however large it is. */
@ApplicationScoped
public class BudgetRepository {

    private final EntityManager entityManager;

    BudgetRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<GrantTerms> terms(Project project) {
        return entityManager
                .createQuery("select t from GrantTerms t where t.project = :project", GrantTerms.class)
                .setParameter("project", project)
                .getResultStream()
                .findFirst();
    }

    public List<CostCategory> categories(Project project) {
        return entityManager
                .createQuery(
                        "select c from CostCategory c where c.project = :project order by c.position",
                        CostCategory.class)
                .setParameter("project", project)
                .getResultList();
    }

    public List<BudgetLine> lines(Project project) {
        return entityManager
                .createQuery(
                        "select l from BudgetLine l join fetch l.category join fetch l.beneficiary b"
                                + " join fetch b.organisation where l.project = :project",
                        BudgetLine.class)
                .setParameter("project", project)
                .getResultList();
    }

    public List<PlannedEffort> efforts(Project project) {
        return entityManager
                .createQuery(
                        "select e from PlannedEffort e join fetch e.workPackage join fetch e.beneficiary b"
                                + " join fetch b.organisation where e.project = :project",
                        PlannedEffort.class)
                .setParameter("project", project)
                .getResultList();
    }

    public List<LumpSumShare> lumpSums(Project project) {
        return entityManager
                .createQuery(
                        "select s from LumpSumShare s join fetch s.workPackage join fetch s.beneficiary b"
                                + " join fetch b.organisation where s.project = :project",
                        LumpSumShare.class)
                .setParameter("project", project)
                .getResultList();
    }

    /** Removes the project's lines, effort, lump-sum shares and categories (the terms stay, updated in place). */
    public void clear(Project project) {
        for (String entity : List.of("BudgetLine", "PlannedEffort", "LumpSumShare", "CostCategory")) {
            entityManager
                    .createQuery("delete from " + entity + " where project = :project")
                    .setParameter("project", project)
                    .executeUpdate();
        }
    }

    /** Moves the budget's version on, whatever of it changed: its ETag is the terms' version. */
    public void moveVersionOn(GrantTerms terms) {
        entityManager.lock(terms, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    public void persist(Object entity) {
        entityManager.persist(entity);
    }

    public void flush() {
        entityManager.flush();
    }
}
