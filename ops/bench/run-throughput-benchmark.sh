#!/usr/bin/env bash
# Issue 14's command throughput against PostgreSQL itself: Accord's production jar with API-token clients sending
# comments, estimates, change requests and their approvals at 1, 4, 16 and 64 clients, and pgbench's
# read-last-sequence-then-insert transaction on the same PostgreSQL at the same client counts; the report gives
# Accord / pgbench, p50 and p99, the machine's load, and a Flight Recorder profile of the 16-client level. Builds
# the production jar if it is missing or stale, then runs the harness in ops (the throughput-bench profile) against
# the PostgreSQL at 127.0.0.1:5432, in two databases it creates and drops. About 7 minutes on 2 cores.
#
#   ops/bench/run-throughput-benchmark.sh                                         # 1,4,16,64 clients, 30 s each
#   ops/bench/run-throughput-benchmark.sh -Dbench.nodes=2                         # two Accord nodes, one database
#   ops/bench/run-throughput-benchmark.sh -Dbench.seconds=5 -Dbench.levels=1,4   # a smoke run (about 2 minutes)
#
# Further -D options: see ops/README.md. Maven options for every call (offline, another local repository) go in
# MAVEN_ARGS, as for the replay benchmarks. On a shared machine: flock /tmp/maven.lock ops/bench/run-throughput-benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
started=$SECONDS

source ops/bench/common.sh
require_postgres
if ! command -v pgbench > /dev/null; then
    echo "No pgbench on the PATH (Debian: apt-get install postgresql-client; or -Dbench.pgbench=/path/to/pgbench)." >&2
    exit 1
fi
build_jar_if_stale
echo "== running the throughput benchmark (results in ops/bench/results/)"
./mvnw -B -q -pl ops -Pthroughput-bench verify "$@"
echo "== the whole run took $(( (SECONDS - started) / 60 )) min $(( (SECONDS - started) % 60 )) s"
