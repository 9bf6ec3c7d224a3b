package dev.accord.ops.throughput;

import dev.accord.ops.harness.BearerApi;

/**
 * One client of the benchmark: an integration that acts for three members of its own, each with their own API token.
 * The requester (IT at even desks, Finance at odd ones) comments, estimates and requests changes; the Finance and IT
 * approvers approve changes other desks requested. Since no approver is a requester, every approval respects the
 * four-eyes rule, and a desk alone (one client) can still carry a change to its end.
 */
record Desk(int number, Member requester, Member finance, Member it, BearerApi api) {}
