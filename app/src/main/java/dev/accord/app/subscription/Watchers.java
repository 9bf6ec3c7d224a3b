package dev.accord.app.subscription;

import java.util.function.Predicate;
import org.axonframework.queryhandling.QueryUpdateEmitter;

/**
 * Whether an open view would receive an update: a projection asks before it reads a row back only to send it, so
 * that writes nobody is watching (a rebuild makes a million) cost no read. The question mirrors
 * {@link QueryUpdateEmitter#emit(Class, Predicate, Object)}: a query type and which of its queries.
 */
public final class Watchers {

    private Watchers() {}

    public static <Q> boolean any(QueryUpdateEmitter updates, Class<Q> queryType, Predicate<? super Q> which) {
        return updates.activeSubscriptions().stream()
                .map(subscription -> subscription.getPayload())
                .anyMatch(query -> queryType.isInstance(query) && which.test(queryType.cast(query)));
    }
}
