package dev.accord.app.integrity.bundle;

import java.util.List;

/**
 * Whose events a bundle holds: one project's (its aggregate's events), one fiscal year's (the year's Portfolio
 * aggregate, whose identifier is the year, and every project proposed for that year), or the whole ledger's.
 *
 * @param aggregates the aggregate identifiers whose events are bundled; null for the whole ledger
 */
record BundleScope(Kind kind, String subject, List<String> aggregates) {

    enum Kind {
        PROJECT("project"),
        FISCAL_YEAR("fiscalYear"),
        LEDGER("ledger");

        final String json;

        Kind(String json) {
            this.json = json;
        }
    }

    static BundleScope ledger() {
        return new BundleScope(Kind.LEDGER, null, null);
    }

    String fileName() {
        return "accord-audit-bundle-" + (kind == Kind.LEDGER ? "ledger" : kind.json + "-" + subject) + ".zip";
    }

    String description() {
        return switch (kind) {
            case PROJECT -> "the events of project " + subject;
            case FISCAL_YEAR ->
                "the events of fiscal year " + subject + " (its portfolio and its " + (aggregates.size() - 1)
                        + " projects)";
            case LEDGER -> "every event of the ledger";
        };
    }
}
