#!/usr/bin/env bash
# Issue 11's fault harness: writers through kill -9 of Accord and a PostgreSQL restart, 50 simultaneous approvals of
# one change, every poison input. Builds the production jar if there is none (or it is older than a source), runs
# the harness in ops (the fault profile), prints a table, writes it to
# ops/fault/results/<date>-<time>-<database>[-short].md and exits with 1 unless every row passed.
#
#   ops/fault/run-fault-harness.sh                               # embedded PostgreSQL, full form (about 4 minutes)
#   ops/fault/run-fault-harness.sh --database=external --short   # the machine's PostgreSQL, under 3 minutes
#
# Options:
#   --database=embedded|external  embedded: Accord's own PostgreSQL in a fresh data directory (default);
#                                 external: a fresh database on --pg-url, restarted with pg_ctlcluster or --pg-restart
#   --short                       the same scenarios with shorter phases (CI)
#   --pg-url=jdbc:postgresql://host:port/   the external server (default: 127.0.0.1:5432), user --pg-user (postgres),
#                                 password from PGPASSWORD
#   --pg-restart='command'        how to restart that server in immediate mode (default: pg_ctlcluster for this
#                                 machine's Debian cluster)
#   --keep                        keep the run's database or data directory
# Anything else (e.g. -Dfault.embeddedPasswordFile=..., -o) goes to Maven; Maven options for every call also go in
# MAVEN_ARGS. On a shared machine run it under the build lock: flock /tmp/maven.lock ops/fault/run-fault-harness.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

database=embedded
properties=()
for argument in "$@"; do
    case "$argument" in
        --database=*) database="${argument#--database=}" ;;
        --short) properties+=("-Dfault.short=true") ;;
        --pg-url=*) properties+=("-Dfault.pgUrl=${argument#--pg-url=}") ;;
        --pg-user=*) properties+=("-Dfault.pgUser=${argument#--pg-user=}") ;;
        --pg-restart=*) properties+=("-Dfault.pgRestart=${argument#--pg-restart=}") ;;
        --keep) properties+=("-Dfault.keep=true") ;;
        -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
        --*) echo "Unknown option $argument (see --help)" >&2; exit 2 ;;
        *) properties+=("$argument") ;;
    esac
done
case "$database" in
    embedded|external) ;;
    *) echo "--database is embedded or external, not $database" >&2; exit 2 ;;
esac
if [ "$database" = external ] && ! printf '%s\n' "${properties[@]+"${properties[@]}"}" | grep -q '^-Dfault.pgUrl=' \
        && ! pg_isready -h 127.0.0.1 -p 5432 -q; then
    echo "No PostgreSQL answers at 127.0.0.1:5432 (user postgres, trust authentication); start it first." >&2
    exit 1
fi
# The production jar is reused when it is newer than every source and pom it is built from.
jar=app/target/accord.jar
if [ ! -f "$jar" ] || [ -n "$(find pom.xml domain ui app -type f \( -name pom.xml -o -path '*/src/main/*' \) \
        -not -path '*/frontend/generated/*' -newer "$jar" -print -quit)" ]; then
    echo "== building $jar"
    ./mvnw -B -q -DskipTests package -pl app -am
fi
echo "== fault harness on the $database database (results in ops/fault/results/)"
./mvnw -B -q -pl ops -Pfault verify "-Dfault.database=$database" "${properties[@]+"${properties[@]}"}"
