package dev.accord.app.delegation;

import dev.accord.domain.delegation.api.DelegationSummary;
import dev.accord.domain.delegation.api.FindDelegations;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

@Component
class DelegationQueries {

    private final DelegationTable table;

    DelegationQueries(DelegationTable table) {
        this.table = table;
    }

    @QueryHandler
    List<DelegationSummary> handle(FindDelegations query) {
        return table.givenOrReceived(query.userId());
    }
}
