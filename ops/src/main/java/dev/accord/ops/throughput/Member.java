package dev.accord.ops.throughput;

/** A member of Finance or IT as the benchmark acts for them: the account and the API token issued to it. */
record Member(String username, String side, String token) {}
