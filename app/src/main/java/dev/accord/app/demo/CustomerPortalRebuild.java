package dev.accord.app.demo;

import static dev.accord.app.demo.DemoHistory.eur;

import dev.accord.domain.project.api.*;
import java.util.List;
import java.util.UUID;

/** Demo story: The customer-portal rebuild: waiting for IT's approval. */
final class CustomerPortalRebuild {

    private CustomerPortalRebuild() {}

    static void record(DemoHistory h) {
        UUID p = UUID.randomUUID();
        UUID initial = UUID.randomUUID();
        h.at(
                "2026-10-19T09:30",
                "ivo",
                a -> new ProposeProject(
                        p,
                        initial,
                        "Customer-portal rebuild",
                        "Rebuild the customer portal on the new identity platform; "
                                + "self-service for orders and invoices.",
                        "CMO",
                        List.of("order entry", "invoice queries"),
                        List.of("halve service-desk calls"),
                        List.of("one identity platform"),
                        eur("1200000"),
                        2026,
                        a,
                        "Sales and marketing"));
        h.at(
                "2026-10-28T13:00",
                "ivo",
                a -> new SubmitEstimate(
                        p,
                        eur("1050000"),
                        eur("90000"),
                        5,
                        eur("950000"),
                        eur("1400000"),
                        "Two agile teams for nine months",
                        a));
        h.at(
                "2026-11-04T10:10",
                "ivo",
                a -> new RecordRoiCase(
                        p,
                        List.of(
                                new ExpectedBenefit(
                                        BenefitCategory.COST_SAVING, "service-desk calls", "-50 %", eur("260000")),
                                new ExpectedBenefit(
                                        BenefitCategory.REVENUE, "online re-orders", "+8 %", eur("180000"))),
                        a));
        h.at(
                "2026-11-18T16:00",
                "fay",
                a -> new ApproveChange(p, initial, 1, "Fits what is left of 2026; IT, over to you", a));
    }
}
