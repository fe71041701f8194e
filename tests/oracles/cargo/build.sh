#!/bin/sh
# Build the Cargo version-requirement oracle the way Debian builds Rust:
# Debian's own cargo and rustc, offline, against the crates Debian packages
# in /usr/share/cargo/registry (semver from librust-semver-dev).
#
#   sh tests/oracles/cargo/build.sh OUTDIR     -> OUTDIR/cargo-oracle
#
# Needs only the Debian packages cargo, rustc and librust-semver-dev.  The
# project is copied to OUTDIR first, so the source tree gets no Cargo.lock
# and no target/.  Prints nothing but cargo's own messages.
set -eu

if [ $# -ne 1 ] || [ -z "$1" ]; then
	echo "usage: $0 OUTDIR" >&2
	exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$1"
out=$(cd "$1" && pwd)

for f in /usr/bin/cargo /usr/bin/rustc /usr/share/cargo/registry; do
	if [ ! -e "$f" ]; then
		echo "$0: $f is missing (apt-get install cargo rustc librust-semver-dev)" >&2
		exit 1
	fi
done

# A CARGO_HOME of our own whose only registry is Debian's directory source.
mkdir -p "$out/cargo-home"
cat >"$out/cargo-home/config.toml" <<'CONFIG'
[source.crates-io]
replace-with = "debian"

[source.debian]
directory = "/usr/share/cargo/registry"

[net]
offline = true
CONFIG

# A fresh copy of the project: Cargo.lock is written next to Cargo.toml.
rm -rf "$out/project"
mkdir -p "$out/project"
cp "$here/Cargo.toml" "$out/project/"
cp -R "$here/src" "$out/project/"

# Debian's toolchain explicitly, whatever rustup put first on PATH.
unset CARGO_TARGET_DIR CARGO_BUILD_TARGET CARGO_BUILD_RUSTC_WRAPPER \
	RUSTC_WRAPPER RUSTUP_TOOLCHAIN
PATH="/usr/bin:/bin:$PATH"
CARGO_HOME="$out/cargo-home"
CARGO=/usr/bin/cargo
RUSTC=/usr/bin/rustc
RUSTDOC=/usr/bin/rustdoc
export PATH CARGO_HOME CARGO RUSTC RUSTDOC
cd "$out/project"
/usr/bin/cargo build --offline --release \
	--target-dir "$out/target" --manifest-path "$out/project/Cargo.toml"

cp "$out/target/release/cargo-oracle" "$out/cargo-oracle.tmp"
mv -f "$out/cargo-oracle.tmp" "$out/cargo-oracle"
