package dev.accord.app.demo;

import static dev.accord.app.demo.DemoHistory.eur;

import dev.accord.domain.project.api.*;
import java.util.List;
import java.util.UUID;

/** Demo story: An expense tool whose proposal was rejected. */
final class ExpenseTool {

    private ExpenseTool() {}

    static void record(DemoHistory h) {
        UUID p = UUID.randomUUID();
        UUID initial = UUID.randomUUID();
        h.at(
                "2026-04-06T11:00",
                "finn",
                a -> new ProposeProject(
                        p,
                        initial,
                        "Expense-tool replacement",
                        "Replace the spreadsheet-based expense process with a SaaS tool.",
                        "CFO",
                        List.of("travel and expenses"),
                        List.of("reimburse within 5 days"),
                        List.of(),
                        eur("90000"),
                        2026,
                        a,
                        "Finance"));
        h.at(
                "2026-04-09T09:45",
                "ivo",
                a -> new RejectChange(
                        p, initial, "The upgraded ERP ships a travel-and-expense module; let us use it first", a));
    }
}
