package dev.accord.app.user;

import dev.accord.domain.people.api.FindUser;
import dev.accord.domain.people.api.FindUsers;
import dev.accord.domain.people.api.UserSummary;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

@Component
class UserQueries {

    private final UserAccounts accounts;

    UserQueries(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @QueryHandler
    List<UserSummary> handle(FindUsers query) {
        return accounts.all(query.includeDisabled());
    }

    /** Null when there is no such person: the asker wraps it in an Optional (ResponseTypes.optionalInstanceOf). */
    @QueryHandler
    UserSummary handle(FindUser query) {
        return accounts.person(query.username()).orElse(null);
    }
}
