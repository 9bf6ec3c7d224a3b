package dev.accord.app.demo;

import static dev.accord.app.demo.DemoHistory.eur;

import dev.accord.domain.shared.LedgerCurrency;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * In demo mode, on first start only, the shared history of five projects over the last eighteen months: the
 * ERP upgrade (estimates revised, a revised and re-approved budget change), the data-warehouse migration
 * (overspend, a reassessment that adjusts the budget), the zero-trust network (a budget change rejected), the
 * customer-portal rebuild (waiting for IT's approval) and an expense tool whose proposal was rejected.
 */
@Component
@Conditional(dev.accord.app.user.DemoModeCondition.class)
@Order(2)
class DemoPortfolio implements ApplicationRunner {

    private final CommandGateway commands;
    private final UserDetailsService users;
    private final JdbcClient jdbc;
    private final LedgerCurrency ledger;

    DemoPortfolio(CommandGateway commands, UserDetailsService users, JdbcClient jdbc, LedgerCurrency ledger) {
        this.commands = commands;
        this.users = users;
        this.jdbc = jdbc;
        this.ledger = ledger;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT count(*) FROM domain_event_entry")
                        .query(Long.class)
                        .single()
                > 0) {
            return; // the ledger already has a history: never write the demo into it
        }
        if (!ledger.code().equals("EUR")) {
            // The ledger refuses figures in any currency but its own, and the demo's are in euros.
            LoggerFactory.getLogger(DemoPortfolio.class)
                    .info("The demo history is told in euros; this ledger keeps {}, so it starts empty", ledger.code());
            return;
        }
        DemoHistory h = new DemoHistory(commands, users);
        h.yearBudget(2025, "2025-05-12T10:05", "fay", eur("2000000"), "2025-05-14T09:30", "ida", "finn");
        h.discountRate(2025, "2025-05-12T10:20", "8");
        h.yearBudget(2026, "2025-11-24T14:00", "finn", eur("3500000"), "2025-11-28T11:15", "ivo", "fay");
        h.discountRate(2026, "2025-11-24T14:10", "8.5");

        ErpUpgrade.record(h);
        DataWarehouseMigration.record(h, jdbc);
        ZeroTrustNetwork.record(h);
        CustomerPortalRebuild.record(h);
        ExpenseTool.record(h);
        DemoHistory.logDone(h.sent());
    }
}
