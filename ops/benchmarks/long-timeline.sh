#!/bin/sh
# How the 5,000-event timeline opens and scrolls in headless Chromium on this machine, now (see README.md).
# Run from anywhere after `./mvnw install -DskipTests`; extra arguments go to Maven (e.g. -o, -Dmaven.repo.local=…).
set -eu
cd "$(dirname "$0")/../../app"
echo "before: $(uptime)"
../mvnw -B -q "$@" verify -Dit.test='LongTimelineBrowserIT' -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
echo "after:  $(uptime)"
tail -n 1 target/benchmarks/long-timeline.txt
