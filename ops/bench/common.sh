# Sourced by the benchmark scripts in ops/bench (run from the repository's root): what each needs before it runs.

# The benchmarks create their databases on the PostgreSQL at 127.0.0.1:5432 (user postgres, trust authentication).
require_postgres() {
    if ! pg_isready -h 127.0.0.1 -p 5432 -q; then
        echo "No PostgreSQL answers at 127.0.0.1:5432 (user postgres, trust authentication); start it first." >&2
        exit 1
    fi
}

# The production jar is reused when it is newer than every source and pom it is built from.
build_jar_if_stale() {
    local jar=app/target/accord.jar
    if [ ! -f "$jar" ] || [ -n "$(find pom.xml domain ui app -type f \( -name pom.xml -o -path '*/src/main/*' \) \
            -not -path '*/frontend/generated/*' -newer "$jar" -print -quit)" ]; then
        echo "== building $jar"
        ./mvnw -B -q install -DskipTests
    fi
}
