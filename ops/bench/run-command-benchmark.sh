#!/usr/bin/env bash
# Issue 14's commands in constant time: a comment and an estimate on projects of 10, 1,000 and 10,000 events, with
# aggregate snapshots off (accord.snapshots.every=0) and on (every 100 events), 200 commands each with an API token,
# median and p90. Builds the production jar if it is missing or stale, then runs the harness in ops (the
# command-bench profile) against the PostgreSQL at 127.0.0.1:5432, in a database it creates and drops. About
# 3 minutes on 2 cores.
#
#   ops/bench/run-command-benchmark.sh                                   # 10, 1,000 and 10,000 events
#   ops/bench/run-command-benchmark.sh -Dbench.sizes=10,1000 -Dbench.commands=50   # a quick look (about 3 minutes)
#
# Further -D options: see ops/README.md. Maven options for every call (offline, another local repository) go in
# MAVEN_ARGS, as for the replay benchmarks. On a shared machine: flock /tmp/maven.lock ops/bench/run-command-benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
started=$SECONDS

source ops/bench/common.sh
require_postgres
build_jar_if_stale
echo "== running the command time benchmark (results in ops/bench/results/)"
./mvnw -B -q -pl ops -Pcommand-bench verify "$@"
echo "== the whole run took $(( (SECONDS - started) / 60 )) min $(( (SECONDS - started) % 60 )) s"
