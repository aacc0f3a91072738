package org.consortia.testsupport;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/** How many SQL statements a request costs, from Hibernate's statistics (on in the test profile). */
public final class SqlStatements {

    private SqlStatements() {}

    public static long during(SessionFactory sessionFactory, Runnable request) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        request.run();
        return statistics.getPrepareStatementCount();
    }
}
