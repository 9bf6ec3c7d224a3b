#!/usr/bin/env python3
"""Checks Accord's image tarball (jib:buildTar) as a container runtime would see it, and optionally runs it.

    python3 ops/image/check-image.py app/target/jib-image.tar [--revision R] [--created T] [--run]

Always: the configuration (a non-root numeric user that exists in the image, port 8080, the entrypoint with the
container-sized heap and Accord's main class, labels) and the file system (the application, its classpath complete,
the Vaadin frontend in production mode, the files of /app not writable by the user, the user's home its own).

--run starts the image's own java on the image's own file system, as Kubernetes would (ops/k8s): in a mount and PID
namespace of its own, the root file system read-only, /tmp an empty writable directory, as the image's user. Accord
runs on a new database of the PostgreSQL server at --pg with an owner and a runtime role, and with a checkpoint key
made by ops/k8s/make-signing-key.sh mounted read-only, and writes the demo ledger. The check waits for
/actuator/health/readiness to be UP, checks liveness, that metrics need an administrator, and a PDF report with its
chart (fonts in the image), then stops Accord with SIGTERM as Kubernetes does and expects it to end within 30 s.
Needs root (unshare, mount).

The image has no shell, so the embedded PostgreSQL (whose initdb needs /bin/sh) does not run in it: the image is
for an external PostgreSQL, which SPRING_DATASOURCE_URL names.
"""
import argparse
import base64
import io
import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tarfile
import tempfile
import time
import urllib.error
import urllib.request
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
MAIN_CLASS = "dev.accord.app.AccordApplication"
READY_WITHIN = 180
STOP_WITHIN = 30


class Image:
    def __init__(self, tar_path):
        self.tar = tarfile.open(tar_path)
        manifest = json.load(self.tar.extractfile("manifest.json"))
        if len(manifest) != 1:
            raise SystemExit(f"{tar_path}: expected one image, found {len(manifest)}")
        self.layer_names = manifest[0]["Layers"]
        self.tags = manifest[0].get("RepoTags", [])
        self.config = json.load(self.tar.extractfile(manifest[0]["Config"]))
        self.files = {}  # path -> (layer index, TarInfo), later layers win
        for index, name in enumerate(self.layer_names):
            with tarfile.open(fileobj=self.tar.extractfile(name), mode="r:*") as layer:
                for info in layer.getmembers():
                    path = "/" + info.name.lstrip("./").rstrip("/")
                    if "/.wh." in path:
                        raise SystemExit(f"layer {index} deletes {path}: whiteouts are not expected here")
                    self.files[path] = (index, info)

    def read(self, path):
        index, info = self.files[path]
        with tarfile.open(fileobj=self.tar.extractfile(self.layer_names[index]), mode="r:*") as layer:
            return layer.extractfile(info.name).read()

    def resolve(self, path, hops=0):
        """Follows symbolic links inside the image, as the kernel would in the container."""
        if path not in self.files or hops > 10:
            return None
        info = self.files[path][1]
        if info.issym():
            target = info.linkname if info.linkname.startswith("/") else os.path.join(os.path.dirname(path), info.linkname)
            return self.resolve(os.path.normpath(target), hops + 1)
        return path

    def extract(self, root):
        for name in self.layer_names:
            with tempfile.NamedTemporaryFile() as layer:
                shutil.copyfileobj(self.tar.extractfile(name), layer)
                layer.flush()
                subprocess.run(["tar", "-xzf", layer.name, "-C", str(root), "--numeric-owner",
                                "--warning=no-unknown-keyword"], check=True)


def check_static(image, revision, expected_created):
    problems = []
    config = image.config.get("config", {})

    def expect(condition, problem):
        if not condition:
            problems.append(problem)

    user = config.get("User", "")
    uid, _, gid = user.partition(":")
    expect(uid.isdigit() and int(uid) != 0 and (not gid or gid.isdigit()),
           f"the user is '{user}', not a numeric non-root uid (Kubernetes' runAsNonRoot needs a number)")
    expect(set(config.get("ExposedPorts", {})) == {"8080/tcp"}, f"ports {config.get('ExposedPorts')}, not 8080/tcp")
    entrypoint = config.get("Entrypoint") or []
    expect(entrypoint[:1] == ["java"] and entrypoint[-1:] == [MAIN_CLASS],
           f"the entrypoint does not run java … {MAIN_CLASS}: {entrypoint}")
    expect(any(flag.startswith("-XX:MaxRAMPercentage=") for flag in entrypoint),
           "the heap is not sized by the container's memory limit (-XX:MaxRAMPercentage)")
    expect("-XX:+ExitOnOutOfMemoryError" in entrypoint, "a JVM out of memory would go on running")
    env = dict(item.split("=", 1) for item in config.get("Env", []))
    labels = config.get("Labels", {})
    for label in ("version", "revision", "source", "base.name"):
        expect(labels.get("org.opencontainers.image." + label), f"label org.opencontainers.image.{label} is missing")
    if revision:
        expect(labels.get("org.opencontainers.image.revision") == revision,
               f"revision label {labels.get('org.opencontainers.image.revision')}, expected {revision}")
    created = image.config.get("created")
    expect(created == (expected_created or "1970-01-01T00:00:00Z"),
           f"created {created}, expected {expected_created or 'the epoch'}: never the time of the build")
    tag_versions = [tag.rpartition(":")[2] for tag in image.tags]
    expect(labels.get("org.opencontainers.image.version") in tag_versions,
           f"the version label {labels.get('org.opencontainers.image.version')} is not the tag's {tag_versions}")

    # the application and its classpath
    expect(f"/app/classes/{MAIN_CLASS.replace('.', '/')}.class" in image.files, "Accord's classes are not in /app")
    classpath = []
    if "/app/jib-classpath-file" in image.files:
        classpath = image.read("/app/jib-classpath-file").decode().strip().split(":")
        missing = [entry for entry in classpath if entry not in image.files]
        expect(not missing, f"classpath entries missing from the image: {missing[:5]}")
    else:
        problems.append("/app/jib-classpath-file is missing")
    ui = [entry for entry in classpath if os.path.basename(entry).startswith("accord-ui-")]
    expect(len(ui) == 1, "the UI module's jar is not on the classpath")
    if len(ui) == 1 and ui[0] in image.files:
        with zipfile.ZipFile(io.BytesIO(image.read(ui[0]))) as jar:
            names = set(jar.namelist())
            info = json.loads(jar.read("META-INF/VAADIN/config/flow-build-info.json")) \
                if "META-INF/VAADIN/config/flow-build-info.json" in names else {}
            expect(info.get("productionMode") is True, "the UI jar is not a Vaadin production build")
            expect(any(n.startswith("META-INF/VAADIN/webapp/VAADIN/build/") and n.endswith(".js") for n in names),
                   "the UI jar holds no compiled frontend bundle")
    writable = [p for p, (_, info) in image.files.items()
                if p.startswith("/app") and (info.uid == int(uid or 0) or info.mode & 0o022)]
    expect(not writable, f"files of the application the user could change: {writable[:5]}")

    # the runtime: java on the PATH, the user known by name (initdb needs it) with a home of its own
    java = image.resolve("/usr/bin/java")
    expect(java is not None and env.get("JAVA_HOME", "") and java.startswith(env["JAVA_HOME"]),
           "java is not on the PATH (/usr/bin/java into JAVA_HOME)")
    passwd = image.read("/etc/passwd").decode() if "/etc/passwd" in image.files else ""
    entry = next((line.split(":") for line in passwd.splitlines() if line.split(":")[2:3] == [uid]), None)
    expect(entry is not None, f"uid {uid} has no entry in /etc/passwd (the embedded PostgreSQL's initdb needs one)")
    if entry:
        home = entry[5]
        info = image.files.get(home, (None, None))[1]
        expect(info is not None and info.isdir() and info.uid == int(uid) and not info.mode & 0o002,
               f"the user's home {home} is missing or not the user's own")
        expect(env.get("ACCORD_DATA_DIR", "").startswith(home + "/"),
               f"ACCORD_DATA_DIR {env.get('ACCORD_DATA_DIR')} is not in the user's home {home}")
        expect(config.get("WorkingDir") == home, f"the working directory is {config.get('WorkingDir')}, not {home}")
    tmp = image.files.get("/tmp", (None, None))[1]
    expect(tmp is not None and tmp.mode & 0o1777 == 0o1777, "/tmp is missing or not writable by everyone")

    if problems:
        raise SystemExit("image check failed:\n  " + "\n  ".join(problems))
    print(f"image {', '.join(image.tags)}: user {user}, port 8080, {len(image.layer_names)} layers, "
          f"{len(classpath)} classpath entries, Vaadin production bundle, java {java}: static checks passed")


def psql(pg, sql):
    host, port = pg.split(":")
    subprocess.run(["psql", "-h", host, "-p", port, "-U", "postgres", "-v", "ON_ERROR_STOP=1", "-q"],
                   input=sql, text=True, check=True, stdout=subprocess.DEVNULL)


def http(url, credentials=None):
    request = urllib.request.Request(url)
    if credentials:
        request.add_header("Authorization", "Basic " + base64.b64encode(credentials.encode()).decode())
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None, b""


def free_port():
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run(image, pg, scratch):
    """Starts the image as Kubernetes would and checks what a probe, Prometheus and a user get."""
    config = image.config["config"]
    uid, _, gid = config["User"].partition(":")
    root = scratch / "rootfs"
    root.mkdir()
    image.extract(root)
    for mount_point in ("proc", "dev", "etc/accord/integrity"):
        (root / mount_point).mkdir(parents=True, exist_ok=True)
    port = free_port()
    admin_password = secrets.token_urlsafe(12)
    env = dict(item.split("=", 1) for item in config.get("Env", []))
    env.update(PORT=str(port), ACCORD_ADMIN_USER="imagecheck", ACCORD_ADMIN_PASSWORD=admin_password)
    database = f"accord_image_{int(time.time())}_{os.getpid()}"
    password = secrets.token_urlsafe(18)
    psql(pg, f"CREATE ROLE {database}_owner LOGIN PASSWORD '{password}';\n"
             f"CREATE ROLE {database}_app LOGIN PASSWORD '{password}';\n"
             f"GRANT {database}_app TO {database}_owner;\n"
             f"CREATE DATABASE {database} OWNER {database}_owner;\n")
    process = None
    try:
        keys = scratch / "signing-key"
        keys.mkdir()
        key = subprocess.run([str(HERE.parent / "k8s/make-signing-key.sh")], check=True, capture_output=True,
                             text=True).stdout
        (keys / "checkpoint-signing.key").write_text(key)
        os.chown(keys / "checkpoint-signing.key", int(uid), int(gid or uid))
        os.chmod(keys / "checkpoint-signing.key", 0o400)
        env.update(SPRING_DATASOURCE_URL=f"jdbc:postgresql://{pg}/{database}",
                   SPRING_DATASOURCE_USERNAME=f"{database}_app", SPRING_DATASOURCE_PASSWORD=password,
                   ACCORD_DB_OWNER_USER=f"{database}_owner", ACCORD_DB_OWNER_PASSWORD=password,
                   ACCORD_INTEGRITY_SIGNING_KEY_FILE="/etc/accord/integrity/checkpoint-signing.key",
                   ACCORD_DEMO="true")
        command = (config.get("Entrypoint") or []) + (config.get("Cmd") or [])
        script = "\n".join([
            "set -e", f'R="{root}"',
            'mount --bind "$R" "$R"', 'mount -t proc proc "$R/proc"', 'mount --bind /dev "$R/dev"',
            'mount -t tmpfs -o mode=1777 tmpfs "$R/tmp"',
            f'mount --bind {keys} "$R/etc/accord/integrity"', 'mount -o remount,bind,ro "$R/etc/accord/integrity"',
            'mount -o remount,bind,ro "$R"',  # readOnlyRootFilesystem: only the mounts above are writable
            'exec env -i "$@"'])
        argv = (["unshare", "--mount", "--pid", "--fork", "--kill-child", "--propagation", "private",
                 "bash", "-c", script, "accord"]
                + [f"{k}={v}" for k, v in env.items()]
                + ["unshare", f"--root={root}", f"--wd={config.get('WorkingDir', '/')}", f"--setgid={gid or uid}",
                   f"--setuid={uid}", "--"] + command)
        log_path = scratch / "accord.log"
        started = time.monotonic()
        with open(log_path, "w") as log:
            process = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT)
        base = f"http://127.0.0.1:{port}"
        while True:
            status, body = http(base + "/actuator/health/readiness")
            if status == 200 and json.loads(body).get("status") == "UP":
                break
            if process.poll() is not None or time.monotonic() - started > READY_WITHIN:
                tail = log_path.read_text()[-12000:]
                raise SystemExit(f"Accord in the image was not ready (exit {process.poll()}):\n{tail}")
            time.sleep(1)
        ready = time.monotonic() - started
        failures = []
        status, body = http(base + "/actuator/health/liveness")
        if status != 200:
            failures.append(f"liveness answered {status}")
        status, _ = http(base + "/actuator/prometheus")
        if status != 401:
            failures.append(f"/actuator/prometheus without sign-in answered {status}, not 401")
        status, body = http(base + "/actuator/prometheus", f"imagecheck:{admin_password}")
        if status != 200 or b"jvm_memory_max_bytes" not in body:
            failures.append(f"/actuator/prometheus for an administrator answered {status}")
        status, body = http(base + "/")
        if status != 200:
            failures.append(f"the sign-in page answered {status}")
        year = time.gmtime().tm_year
        status, body = http(f"{base}/api/portfolio/{year}/retrospective.pdf", "fay:demo")
        if status != 200 or not body.startswith(b"%PDF") or b"/Image" not in body:
            failures.append(f"the portfolio's PDF report (chart and fonts) answered {status}: {body[:300]!r}")
        java = java_pid(process.pid)
        os.kill(java, signal.SIGTERM)
        try:
            code = process.wait(timeout=STOP_WITHIN)
        except subprocess.TimeoutExpired:
            failures.append(f"Accord did not stop within {STOP_WITHIN} s of SIGTERM")
            code = None
        if code not in (0, 143, None):
            failures.append(f"Accord ended with exit code {code} after SIGTERM")
        if failures:
            raise SystemExit("; ".join(failures) + "\n" + log_path.read_text()[-3000:])
        print(f"run: ready after {ready:.0f} s on PostgreSQL {pg} (read-only root, user {uid}, owner and runtime "
              f"roles, checkpoint key from make-signing-key.sh); liveness UP; metrics 401 without sign-in, 200 for "
              f"an administrator; PDF report with its chart; ended {code} on SIGTERM")
    finally:
        if process and process.poll() is None:
            process.kill()
            process.wait()
        psql(pg, f"DROP DATABASE IF EXISTS {database} WITH (FORCE);\n"
                 f"DROP ROLE IF EXISTS {database}_app;\nDROP ROLE IF EXISTS {database}_owner;\n")
        shutil.rmtree(root, ignore_errors=True)


def java_pid(unshare_pid):
    """The forked child of unshare: bash exec'd env, unshare and finally java in that same process."""
    children = Path(f"/proc/{unshare_pid}/task/{unshare_pid}/children").read_text().split()
    return int(children[0])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("tarball", type=Path)
    parser.add_argument("--created", help="the creation time the image must carry (default: the epoch)")
    parser.add_argument("--revision", help="the revision label the image must carry")
    parser.add_argument("--run", action="store_true", help="also start the image (needs root)")
    parser.add_argument("--pg", default="127.0.0.1:5432", help="host:port of a PostgreSQL server (user postgres)")
    args = parser.parse_args()
    image = Image(args.tarball)
    check_static(image, args.revision, args.created)
    if args.run:
        with tempfile.TemporaryDirectory(prefix="accord-image-") as scratch:
            run(image, args.pg, Path(scratch))

if __name__ == "__main__":
    main()
