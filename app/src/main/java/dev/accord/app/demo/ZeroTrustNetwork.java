package dev.accord.app.demo;

import static dev.accord.app.demo.DemoHistory.eur;

import dev.accord.domain.project.api.*;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/** Demo story: The zero-trust network: a budget change rejected. */
final class ZeroTrustNetwork {

    private ZeroTrustNetwork() {}

    static void record(DemoHistory h) {
        UUID p = UUID.randomUUID();
        UUID initial = UUID.randomUUID();
        h.at(
                "2026-01-12T09:00",
                "ida",
                a -> new ProposeProject(
                        p,
                        initial,
                        "Zero-trust network",
                        "Replace the VPN with identity-aware access to every internal service.",
                        "CISO",
                        List.of("remote work", "supplier access"),
                        List.of("pass the 2027 insurance audit"),
                        List.of("one access model for every service"),
                        eur("650000"),
                        2026,
                        a,
                        "Information security"));
        h.at(
                "2026-01-19T10:40",
                "ida",
                a -> new SubmitEstimate(
                        p,
                        eur("540000"),
                        eur("70000"),
                        5,
                        eur("500000"),
                        eur("700000"),
                        "Licences per user; two network engineers for six months",
                        a));
        h.at(
                "2026-01-26T14:00",
                "ida",
                a -> new RecordRoiCase(
                        p,
                        List.of(
                                new ExpectedBenefit(
                                        BenefitCategory.RISK_REDUCTION, "expected breach cost", "-60 %", eur("150000")),
                                new ExpectedBenefit(
                                        BenefitCategory.COST_SAVING, "VPN licences", "EUR 0", eur("45000"))),
                        a));
        // Finance's own estimate completes the business case the initial budget needs before it takes effect.
        h.at(
                "2026-01-27T16:00",
                "fay",
                a -> new SubmitEstimate(
                        p, eur("560000"), eur("72000"), 5, eur("520000"), eur("720000"), "Licences at list price", a));
        h.assess(p, "2026-01-28T10:00", "ida", new int[] {3, 3, 5, 4}, "2026-01-29T11:45", "finn", new int[] {3, 3, 4, 2
        });
        h.at(
                "2026-01-30T09:10",
                "finn",
                a -> new AddComment(
                        p,
                        UUID.randomUUID(),
                        new CommentSubject(CommentSubject.Kind.ASSESSMENT, null),
                        "Security is a licence to operate, not an advantage " + "over competitors; hence my 2.",
                        a));
        h.at("2026-02-03T10:00", "fay", a -> new ApproveChange(p, initial, 1, null, a));
        h.at("2026-02-03T11:30", "ivo", a -> new ApproveChange(p, initial, 1, null, a));
        h.actuals(
                p,
                "ida",
                YearMonth.of(2026, 2),
                YearMonth.of(2026, 10),
                new String[] {"40000", "65000", "72000", "70000", "61000", "66000", "59000", "48000", "45000"},
                "VPN licences",
                "13500");
        UUID phaseTwo = UUID.randomUUID();
        h.at(
                "2026-10-05T10:00",
                "ida",
                a -> new RequestChange(
                        p,
                        phaseTwo,
                        ChangeKind.BUDGET,
                        ChangeTerms.budget(eur("800000")),
                        "Phase 2: extend to the factory networks",
                        a));
        h.at(
                "2026-10-07T15:25",
                "finn",
                a -> new RejectChange(
                        p, phaseTwo, "Phase 2 belongs in the 2027 budget round, not in this year's reserve", a));
    }
}
