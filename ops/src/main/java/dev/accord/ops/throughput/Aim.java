package dev.accord.ops.throughput;

/**
 * Issue 14's aim at 16 clients: Accord's accepted commands a second at least half of pgbench's transactions a second
 * for the same append pattern, and a p99 under 50 ms.
 */
record Aim(int clients, double accordRate, double pgbenchRate, double p99Ms) {

    static final int CLIENTS = 16;
    static final double SHARE = 0.5;
    static final double P99_MS = 50;

    double ratio() {
        return pgbenchRate == 0 ? 0 : accordRate / pgbenchRate;
    }

    boolean rateMet() {
        return ratio() >= SHARE;
    }

    boolean latencyMet() {
        return p99Ms < P99_MS;
    }

    boolean met() {
        return rateMet() && latencyMet();
    }

    String verdict() {
        return ("at %d clients Accord accepted %,.0f commands/s, %.3f of pgbench's %,.0f transactions/s (aim: at least"
                        + " %.1f): %s; p99 %.1f ms (aim: under %.0f ms): %s. **Aim %s.**")
                .formatted(
                        clients,
                        accordRate,
                        ratio(),
                        pgbenchRate,
                        SHARE,
                        rateMet() ? "met" : "missed",
                        p99Ms,
                        P99_MS,
                        latencyMet() ? "met" : "missed",
                        met() ? "met" : "missed");
    }
}
