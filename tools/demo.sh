#!/bin/sh
# demo.sh BUILD: ferry's main job on the bundled registry snapshot, offline:
# every package of tests/registry/packages.txt imported through a file://
# registry, for Fedora and for Debian, into ./out/.
set -eu
build=${1:-build}
top=$(cd "$(dirname "$0")/.." && pwd)
out=$top/out
reg="file://$top/tests/registry/npm/"
grep -v '^#' "$top/tests/registry/packages.txt" | while read -r pkg; do
	[ -n "$pkg" ] || continue
	"$top/$build/ferry" import "$pkg" --target fedora --target debian -o "$out" --registry "$reg"
done
echo
echo "Output is in $out:"
echo "  Fedora: $out/nodejs-*/ (spec, sources, verified tarball)"
echo "  Debian: $out/node-*/debian/ and $out/node-*.orig.tar.gz"
echo "For example: less $out/nodejs-wrap-ansi/nodejs-wrap-ansi.spec"
