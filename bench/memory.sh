#!/bin/sh
# bench/memory.sh [BUILD] [PACKUMENT...]: peak memory of ferry import on
# registry documents made of empty objects, the shape that makes jansson
# spend most per byte (an npm packument of N empty versions, a crates index
# line of N empty features, a PyPI document of N empty releases), at growing
# N, refused by convert/jsonmem.h's budget; and on any real packuments given
# (file names as npm names them: the document's "name" must be the file's),
# which must parse (ferry then fetches the tarball the packument names).
# SIZES="N ..." sets the sizes.
# Prints size, wall time, peak resident memory, and what
# ferry said.
set -eu
build=${1:-build}
[ $# -gt 0 ] && shift
top=$(cd "$(dirname "$0")/.." && pwd)
ferry=$top/$build/ferry
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
measure() {   # label file args...
	label=$1 file=$2
	shift 2
	size=$(wc -c <"$file")
	/usr/bin/time -o "$work/time" -f "%e %M" "$ferry" "$@" -o "$work/out" >"$work/stdout" 2>"$work/stderr" || true
	rm -rf "$work/out"
	read -r secs kb <<EOT
$(tail -1 "$work/time")
EOT
	said=$(cat "$work/stderr" "$work/stdout" | grep -v '^Command exited' | head -1 | sed "s|$work/||" | cut -c1-90)
	printf '%-26s %9d B %6s s %5d MB  %s\n' "$label" "$size" "$secs" $((kb / 1024)) "$said"
}
printf '%-26s %11s %8s %8s  %s\n' shape size wall peak "ferry's answer"
for n in ${SIZES:-250000 500000 1000000 2000000 4000000}; do
	mkdir -p "$work/npm" "$work/crates/1" "$work/pypi/pypi/x"
	python3 -c 'import sys; n = int(sys.argv[1]); sys.stdout.write("{\"name\":\"x\",\"dist-tags\":{\"latest\":\"0\"},\"versions\":{" + ",".join("\"%d\":{}" % i for i in range(n)) + "}}")' $n >"$work/npm/x"
	measure "npm, $n versions" "$work/npm/x" import npm:x -t fedora --registry "file://$work/npm/"
	echo '{"dl":"crates/{crate}-{version}.crate"}' >"$work/crates/config.json"
	python3 -c 'import sys; n = int(sys.argv[1]); sys.stdout.write("{\"name\":\"x\",\"vers\":\"1.0.0\",\"deps\":[],\"cksum\":\"%s\",\"features\":{" % ("0" * 64) + ",".join("\"f%d\":[]" % i for i in range(n)) + "},\"yanked\":false}\n")' $n >"$work/crates/1/x"
	measure "crate, $n features" "$work/crates/1/x" import crate:x -t fedora --registry "file://$work/crates/"
	python3 -c 'import sys; n = int(sys.argv[1]); sys.stdout.write("{\"info\":{\"name\":\"x\",\"version\":\"0\"},\"releases\":{" + ",".join("\"%d\":[]" % i for i in range(n)) + "}}")' $n >"$work/pypi/pypi/x/json"
	measure "pypi, $n releases" "$work/pypi/pypi/x/json" import pypi:x -t fedora --registry "file://$work/pypi/"
done
for f in "$@"; do
	name=$(basename "$f")
	mkdir -p "$work/real"
	cp "$f" "$work/real/$name"
	measure "real: $name" "$f" import "npm:$name" -t fedora --registry "file://$work/real/"
done
