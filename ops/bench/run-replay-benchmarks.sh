#!/usr/bin/env bash
# Issue 5's replay benchmarks: the as-of view of a 10,000-event project and a rebuild of 1,000,000 events against
# a raw read of the event table. Builds the production jar if there is none, then runs the harness in ops (the
# bench profile) against the PostgreSQL at 127.0.0.1:5432, in a database it creates and drops.
#
#   ops/bench/run-replay-benchmarks.sh                          # everything (about 10 minutes on 2 cores)
#   ops/bench/run-replay-benchmarks.sh -Dbench.parts=asof       # only the as-of part (about 2 minutes)
#   ops/bench/run-replay-benchmarks.sh -Dbench.projects=1000    # a smaller replay (100,000 events)
#
# Further -D options: see ops/README.md. Maven options for every call (offline, another local repository) go in
# MAVEN_ARGS, which Maven 3.9 reads, e.g. MAVEN_ARGS="-o -Dmaven.repo.local=/somewhere".
set -euo pipefail
cd "$(dirname "$0")/../.."

source ops/bench/common.sh
require_postgres
build_jar_if_stale
echo "== running the replay benchmarks (results in ops/bench/results/)"
./mvnw -B -q -pl ops -Pbench verify "$@"
