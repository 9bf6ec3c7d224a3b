#!/usr/bin/env bash
# Builds Accord's container image as a tarball, with neither a Docker daemon nor a container registry, and checks it:
# the base from Debian's packages (build-base-image.py), the application on top with Jib (app/pom.xml), then
# check-image.py. With a registry at hand, Jib takes the default base named in app/pom.xml instead (ops/README.md).
#
#   ops/image/build-image.sh [--run=external,embedded]     # --run: also start the image (root; PostgreSQL at --pg)
#
# Maven options go in MAVEN_ARGS (e.g. -o -Dmaven.repo.local=…). Result: app/target/jib-image.tar (docker load -i).
# (.mvn/maven.config keeps Jib from checking for updates of itself over the network.)
set -euo pipefail
cd "$(dirname "$0")/../.."

python3 ops/image/build-base-image.py --out ops/image/target/base-image.tar

# Labels from git, and the commit's time as the image's: the same commit gives the same image configuration.
revision="$(git rev-parse HEAD)"
created="$(TZ=UTC0 git show -s --format=%cd --date=format-local:%Y-%m-%dT%H:%M:%SZ HEAD)"
source="$(git remote get-url origin 2>/dev/null || true)"
case "$source" in  # a public address only, without any credentials in it; never a local path
    https://* | http://*) source="$(printf '%s' "$source" | sed -E 's#^(https?://)[^/@]*@#\1#')" ;;
    ssh://* | git@*) ;;
    *) source=unknown ;;
esac

# -am: the domain and UI jars from this build, not from a repository; jib skips every module but app.
# The base's layers are cached under target/, never in the user's home.
./mvnw -B -ntp -q -pl app -am package -Dmaven.test.skip=true jib:buildTar \
    -Daccord.image.base="tar://$PWD/ops/image/target/base-image.tar" \
    -Daccord.image.base.name=accord-base:debian12-java17 \
    -Djib.baseImageCache="$PWD/app/target/jib-base-cache" \
    -Daccord.image.revision="$revision" -Daccord.image.created="$created" -Daccord.image.source="$source"
ls -l app/target/jib-image.tar

python3 ops/image/check-image.py app/target/jib-image.tar --revision="$revision" --created="$created" "$@"
