package dev.accord.ui.people;

import com.vaadin.flow.component.grid.Grid;
import dev.accord.domain.people.api.FindUserAdministrationLog;
import dev.accord.domain.people.api.UserAdministrationEntry;
import dev.accord.ui.base.Formats;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/** Who did what to whose account, newest first, as recorded in the ledger. */
class AdministrationLog extends Grid<UserAdministrationEntry> {

    private static final int SHOWN = 200;

    private final QueryGateway queries;

    AdministrationLog(QueryGateway queries) {
        this.queries = queries;
        setId("people-log");
        addColumn(entry -> Formats.instant(entry.at(), getLocale()))
                .setHeader("When")
                .setAutoWidth(true);
        addColumn(UserAdministrationEntry::byName).setHeader("Who").setAutoWidth(true);
        addColumn(UserAdministrationEntry::what).setHeader("Did").setAutoWidth(true);
        addColumn(UserAdministrationEntry::username).setHeader("Whose account").setAutoWidth(true);
        setEmptyStateText("Nobody has administered an account yet.");
        setAllRowsVisible(false);
        setHeight("20em");
    }

    void refresh() {
        setItems(queries.query(
                        new FindUserAdministrationLog(SHOWN),
                        ResponseTypes.multipleInstancesOf(UserAdministrationEntry.class))
                .join());
    }
}
