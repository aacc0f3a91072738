package org.consortia.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Which of several instances does a periodic job: the one that takes its PostgreSQL advisory lock, held until the
 * end of the current transaction. The others skip the run.
 */
@ApplicationScoped
public class TransactionLocks {

    private final EntityManager entityManager;

    TransactionLocks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Whether this transaction now holds the lock {@code key}; false at once if another one holds it. */
    public boolean tryHold(long key) {
        Boolean locked = (Boolean) entityManager
                .createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, key)
                .getSingleResult();
        return Boolean.TRUE.equals(locked);
    }
}
