#!/usr/bin/env bash
# Issue 12's figures: what the integrity trigger costs an append (in bulk and one event per transaction, with and
# without it), and the full verification of a 1,000,000-event ledger, five times through POST
# /api/integrity/verification and five times by java -jar accord.jar verify. Builds the production jar if there is
# none, then runs the harness in ops (the verify-bench profile) against the PostgreSQL at 127.0.0.1:5432, in a
# database it creates and drops. About 6 minutes on 2 cores.
#
#   ops/bench/run-verify-benchmark.sh                              # 1,000,000 events, 5 verifications
#   ops/bench/run-verify-benchmark.sh -Dbench.verifyEvents=100000  # a smaller ledger
#   ops/bench/run-verify-benchmark.sh -Dbench.verifyRuns=9 -Dbench.singleAppends=20000
#
# Maven options for every call (offline, another local repository) go in MAVEN_ARGS, as for the replay benchmarks.
set -euo pipefail
cd "$(dirname "$0")/../.."

source ops/bench/common.sh
require_postgres
build_jar_if_stale
echo "== running the verification benchmark (results in ops/bench/results/)"
./mvnw -B -q -pl ops -Pverify-bench verify "$@"
