#!/bin/sh
# deps.sh build|test: installs the Debian packages ferry needs when missing
# (as root), or prints the exact apt-get line and stops.
set -eu
build="make gcc pkg-config libsolv-dev libsolvext-dev librpm-dev libarchive-dev libjansson-dev libcurl4-openssl-dev libgpgme-dev gnupg libssl-dev"
# build: libgpgme-dev and gnupg sign and verify the review ledger; libssl-dev
# (OpenSSL's libcrypto) verifies the registries' ECDSA signatures and
# Sigstore's certificates.
# test: the distributions' own tools check our output (libdpkg-dev: dpkg's
# version relations); the references for version ranges are node-semver
# (npm), Rust's semver crate built offline with Debian's cargo (crates.io)
# and python3-packaging (PyPI); python3 serves the HTTP registry fixture;
# dh-python's mapping data names Debian's python3-* packages (attrs is
# python3-attr), so specs/ depends on it; rpm's rpmbuild and rpm build and
# record the installed-package fixtures of the rpmdb: cases; ferry update
# merges with diff3 (diffutils, essential) and tries patches with GNU patch;
# openssl signs the registry-signature fixtures (tests/fixtures/signed); git
# makes the source repositories review --source compares with.
test="$build rpm rpmlint lintian dpkg-dev libdpkg-dev nodejs node-semver python3 python3-packaging cargo rustc librust-semver-dev dh-python gettext-base patch openssl git"
case "${1:-build}" in
build) want=$build ;;
test) want=$test ;;
*) echo "usage: $0 build|test" >&2; exit 2 ;;
esac
missing=""
for p in $want; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" != 0 ]; then
	echo "ferry needs these Debian packages; run as root:" >&2
	echo "  apt-get install -y --no-install-recommends$missing" >&2
	exit 1
fi
echo "installing:$missing" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null || true
apt-get install -y -qq --no-install-recommends $missing >/dev/null
