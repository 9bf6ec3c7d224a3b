#!/usr/bin/env bash
# Makes Accord's checkpoint signing key (docs/integrity.md) without starting Accord, for a Secret that every node
# mounts: one line in the signed-note private key format Accord reads, PRIVATE+KEY+<name>+<key id>+<base64(1 ‖ seed)>.
# Needs openssl 1.1.1+ (Ed25519), sha256sum and base64.
#
#   ops/k8s/make-signing-key.sh [NAME] > checkpoint-signing.key    # NAME: the log's origin; default accord/<8 hex>
#   kubectl create secret generic accord-signing-key --from-file=checkpoint-signing.key
#
# Keep a copy somewhere safe: a ledger whose checkpoints were signed with a key refuses to start without that key.
set -euo pipefail
umask 077
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

openssl genpkey -algorithm ed25519 -outform DER -out "$work/private.der" 2>/dev/null
openssl pkey -inform DER -in "$work/private.der" -pubout -outform DER -out "$work/public.der"
# The DER encodings end with the 32-byte seed and the 32-byte public key (RFC 8410).
tail -c 32 "$work/private.der" > "$work/seed"
tail -c 32 "$work/public.der" > "$work/public"

if [ $# -ge 1 ]; then
    name="$1"
else
    name="accord/$(sha256sum < "$work/public" | cut -c1-8)"
fi
case "$name" in
    *+* | *' '* | '') echo "a key name is printable, without spaces or '+'" >&2; exit 2 ;;
esac
# key id: the first four bytes of SHA-256(name ‖ '\n' ‖ 0x01 ‖ public key)
key_id="$( { printf '%s\n\001' "$name"; cat "$work/public"; } | sha256sum | cut -c1-8)"
key="$( { printf '\001'; cat "$work/seed"; } | base64 -w0)"
echo "PRIVATE+KEY+${name}+${key_id}+${key}"
