#!/usr/bin/env python3
"""Assembles Accord's base image from Debian 12 packages, as a tarball Jib takes as its base (tar://…).

For builds without a container registry (CI here): the image holds the same as the default base named in
app/pom.xml, Debian 12's OpenJDK 17 runtime without shell or package manager, with the user 65532 ("nonroot").
The packages come from the machine's apt sources (`apt-get download`) and are unpacked, not installed; what their
install scripts would have done that a Java server needs is done here: the Java trust store, the dynamic linker's
cache, the `java` command on the PATH. The build fails when an ELF file needs a shared library the image lacks.

    python3 ops/image/build-base-image.py [--out ops/image/target/base-image.tar]

Everything it writes stays under ops/image/target/ (the downloaded packages are reused by the next run there).
"""
import argparse
import gzip
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
JAVA_HOME = "/usr/lib/jvm/java-17-openjdk-amd64"
UID = 65532
# Libraries of JDK parts a server never loads (sound, smart cards): their system libraries stay out of the image.
UNNEEDED = {"libjsound.so": "libasound.so.2", "libj2pcsc.so": "libpcsclite.so.1"}
ENV = [
    "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
    "JAVA_HOME=" + JAVA_HOME,
    "LANG=C.UTF-8",
    "SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt",
]


def packages():
    lines = (HERE / "base-packages.txt").read_text().splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def download(names, debs):
    debs.mkdir(parents=True, exist_ok=True)
    missing = [n for n in names if not list(debs.glob(n + "_*.deb"))]
    if not missing:
        return
    command = ["apt-get", "download", "-q", "-o", "APT::Sandbox::User=root"] + missing
    if subprocess.run(command, cwd=debs, stdout=subprocess.DEVNULL).returncode != 0:
        # a fresh machine may not have read its package lists yet
        subprocess.run(["apt-get", "update", "-qq"], check=True)
        subprocess.run(command, cwd=debs, check=True, stdout=subprocess.DEVNULL)


def unpack(names, debs, root):
    versions = {}
    status = root / "var/lib/dpkg/status.d"
    status.mkdir(parents=True)
    for name in names:
        deb = sorted(debs.glob(name + "_*.deb"))[-1]
        subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
        control = subprocess.run(["dpkg-deb", "-f", str(deb)], check=True, capture_output=True, text=True).stdout
        # what image scanners read to know which packages (and versions) an image without dpkg holds
        (status / name).write_text(control.rstrip("\n") + "\nStatus: install ok installed\n")
        versions[name] = subprocess.run(
            ["dpkg-deb", "-f", str(deb), "Version"], check=True, capture_output=True, text=True
        ).stdout.strip()
    return versions


def write(root, path, text, mode=0o644):
    file = root / path
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text(text)
    file.chmod(mode)


def configure(root):
    write(root, "etc/passwd", "root:x:0:0:root:/root:/sbin/nologin\n"
          "nobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin\n"
          f"nonroot:x:{UID}:{UID}:nonroot:/home/nonroot:/sbin/nologin\n")
    write(root, "etc/group", "root:x:0:\nnogroup:x:65534:\nnonroot:x:{0}:\n".format(UID))
    write(root, "etc/nsswitch.conf", "passwd: files\ngroup: files\nshadow: files\nhosts: files dns\n"
          "networks: files\nprotocols: files\nservices: files\n")
    write(root, "etc/hosts", "127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n")
    for directory, mode in (("tmp", 0o1777), ("root", 0o700), ("home/nonroot", 0o700)):
        (root / directory).mkdir(parents=True, exist_ok=True)
        (root / directory).chmod(mode)
    (root / "usr/bin").mkdir(parents=True, exist_ok=True)
    os.symlink(JAVA_HOME + "/bin/java", root / "usr/bin/java")
    # the dynamic linker's cache, as libc-bin's trigger would make it
    write(root, "etc/ld.so.conf", "include /etc/ld.so.conf.d/*.conf\n")
    subprocess.run(["ldconfig", "-r", str(root)], check=True)
    (root / "var/cache/ldconfig/aux-cache").unlink()  # ldconfig's own speed-up, different on every run
    # trusted certificates: the PEM bundle (update-ca-certificates) and the Java store (ca-certificates-java)
    certificates = sorted((root / "usr/share/ca-certificates").rglob("*.crt"))
    write(root, "etc/ssl/certs/ca-certificates.crt", "".join(c.read_text() for c in certificates))
    cacerts = root / "etc/ssl/certs/java/cacerts"
    subprocess.run(["java", str(HERE / "TrustStore.java"), str(root / "usr/share/ca-certificates"), str(cacerts)],
                   check=True, stdout=subprocess.DEVNULL)
    # documentation other than the licences (kept, as the licences ask) is of no use in a server image
    for doc in (root / "usr/share/doc").iterdir():
        if doc.is_symlink():
            continue
        for item in doc.iterdir():
            if item.name != "copyright":
                shutil.rmtree(item) if item.is_dir() and not item.is_symlink() else item.unlink()
    for unused in ("usr/share/man", "usr/share/info", "usr/share/lintian", "usr/share/bug"):
        shutil.rmtree(root / unused, ignore_errors=True)


def check_libraries(root):
    """Every shared library an ELF file of the image needs is in the image."""
    present = set()
    elves = []
    for path in root.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        if ".so" in path.name:
            present.add(path.name)
        with open(path, "rb") as f:
            if f.read(4) == b"\x7fELF":
                elves.append(path)
    for path in root.rglob("*.so*"):
        present.add(path.name)
    problems = []
    for elf in elves:
        dynamic = subprocess.run(["readelf", "-d", str(elf)], capture_output=True, text=True).stdout
        needed = [line.split("[")[1].split("]")[0] for line in dynamic.splitlines() if "(NEEDED)" in line]
        for library in needed:
            if library not in present and UNNEEDED.get(elf.name) != library:
                problems.append(f"{elf.relative_to(root)} needs {library}")
    if problems:
        sys.exit("the base image lacks shared libraries (add their packages to base-packages.txt):\n  "
                 + "\n  ".join(problems))
    return len(elves)


def layer(root, epoch):
    """The file system as one reproducible layer: sorted, owned by root (the user's home by the user), one time."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for path in sorted(root.rglob("*"), key=lambda p: p.relative_to(root).as_posix()):
            name = path.relative_to(root).as_posix()
            info = tar.gettarinfo(str(path), arcname=name)
            owner = UID if name == "home/nonroot" else 0
            info.uid = info.gid = owner
            info.uname = info.gname = ""
            info.mtime = min(info.mtime, epoch)
            if info.isreg():
                with open(path, "rb") as f:
                    tar.addfile(info, f)
            else:
                tar.addfile(info)
    return buffer.getvalue()


def image(layer_tar, versions, epoch, out):
    diff_id = "sha256:" + hashlib.sha256(layer_tar).hexdigest()
    compressed = gzip.compress(layer_tar, compresslevel=6, mtime=0)
    created = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(epoch))
    config = {
        "architecture": "amd64",
        "os": "linux",
        "created": created,
        "config": {
            "Env": ENV,
            "User": f"{UID}:{UID}",
            "WorkingDir": "/home/nonroot",
            "Entrypoint": ["/usr/bin/java"],
        },
        "rootfs": {"type": "layers", "diff_ids": [diff_id]},
        "history": [{"created": created, "created_by": "ops/image/build-base-image.py"}],
    }
    config_bytes = json.dumps(config, indent=2, sort_keys=True).encode()
    config_name = hashlib.sha256(config_bytes).hexdigest() + ".json"
    layer_name = diff_id.split(":")[1] + "/layer.tar.gz"
    manifest = [{"Config": config_name, "RepoTags": ["accord-base:debian12-java17"], "Layers": [layer_name]}]
    out.parent.mkdir(parents=True, exist_ok=True)
    with tarfile.open(out, "w", format=tarfile.PAX_FORMAT) as tar:
        for name, data in ((config_name, config_bytes), (layer_name, compressed),
                           ("manifest.json", json.dumps(manifest).encode())):
            info = tarfile.TarInfo(name)
            info.size, info.mtime, info.mode = len(data), epoch, 0o644
            tar.addfile(info, io.BytesIO(data))
    return len(layer_tar), len(compressed)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=HERE / "target/base-image.tar")
    parser.add_argument("--work", type=Path, default=HERE / "target")
    args = parser.parse_args()
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH", "0"))
    started = time.monotonic()
    names = packages()
    root = args.work / "rootfs"
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True)
    download(names, args.work / "debs")
    downloaded = time.monotonic()
    versions = unpack(names, args.work / "debs", root)
    configure(root)
    elves = check_libraries(root)
    raw, compressed = image(layer(root, epoch), versions, epoch, args.out.resolve())
    print(f"base image {args.out}: {len(names)} packages (OpenJDK {versions['openjdk-17-jre-headless']}), "
          f"{elves} ELF files with every library they need, {raw / 2**20:.0f} MiB ({compressed / 2**20:.0f} MiB "
          f"compressed); download {downloaded - started:.0f} s, assembly {time.monotonic() - downloaded:.0f} s")


if __name__ == "__main__":
    main()
