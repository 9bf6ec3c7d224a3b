package dev.accord.app.live;

import dev.accord.domain.notification.api.FindMyNotifications;
import dev.accord.domain.portfolio.api.FindPortfolio;
import dev.accord.domain.project.api.FindPendingApprovals;
import dev.accord.domain.project.api.FindProjectDetail;
import dev.accord.domain.project.api.FindProjects;
import dev.accord.domain.project.api.FindTimelinePage;
import dev.accord.domain.scenario.api.FindScenarios;
import java.util.function.BiPredicate;

/**
 * The queries views keep open (subscription queries), each with the key that says which of them a change concerns:
 * the project's id, the fiscal year, or none (every open query of the kind). A change names a kind and a key, small
 * enough to travel between nodes, and each node tells its own open queries.
 */
public enum LiveQuery {
    PROJECT_DETAIL(
            FindProjectDetail.class,
            (query, key) -> query.projectId().toString().equals(key)),
    TIMELINE(
            FindTimelinePage.class, (query, key) -> query.projectId().toString().equals(key)),
    PROJECTS(FindProjects.class, (query, key) -> true),
    PENDING_APPROVALS(FindPendingApprovals.class, (query, key) -> true),
    PORTFOLIO(
            FindPortfolio.class,
            (query, key) -> String.valueOf(query.fiscalYear()).equals(key)),
    /** A year's scenarios, and what they are weighed by besides the portfolio. */
    SCENARIOS(
            FindScenarios.class,
            (query, key) -> String.valueOf(query.fiscalYear()).equals(key)),
    /** Every bell reads again: whether a side's notification is the reader's is for their query to say. */
    NOTIFICATIONS(FindMyNotifications.class, (query, key) -> true);

    private final Class<?> queryType;
    private final BiPredicate<Object, String> concerns;

    <Q> LiveQuery(Class<Q> queryType, BiPredicate<Q, String> concerns) {
        this.queryType = queryType;
        this.concerns = (query, key) -> concerns.test(queryType.cast(query), key);
    }

    Class<?> queryType() {
        return queryType;
    }

    /** Whether an open query of this kind is one the change with this key concerns. */
    boolean concerns(Object query, String key) {
        return queryType.isInstance(query) && concerns.test(query, key);
    }
}
