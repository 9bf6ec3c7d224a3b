package dev.accord.ops.fault;

/** How a scenario ended. Only PASS lets the harness exit with 0. */
enum Verdict {
    PASS,
    FAIL,
    /** Nothing could be concluded, e.g. a poison input sent after the read models had already stopped. */
    UNJUDGED
}
