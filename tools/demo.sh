#!/bin/sh
# demo.sh BUILD: ferry's main job on the bundled registry snapshot, offline:
# every package of tests/registry/packages.txt (npm, crates.io, PyPI)
# imported through a file:// registry, for Fedora and for Debian, into ./out/.
set -eu
build=${1:-build}
top=$(cd "$(dirname "$0")/.." && pwd)
out=$top/out
grep -v '^#' "$top/tests/registry/packages.txt" | while read -r pkg; do
	[ -n "$pkg" ] || continue
	case "$pkg" in
	crate:*) reg="file://$top/tests/registry/crates/" ;;
	pypi:*) reg="file://$top/tests/registry/pypi/" ;;
	*) reg="file://$top/tests/registry/npm/" ;;
	esac
	"$top/$build/ferry" import "$pkg" --target fedora --target debian -o "$out" --registry "$reg"
done
echo
echo "Output is in $out:"
echo "  npm:    $out/nodejs-*/ (Fedora spec, sources, verified tarball), $out/node-*/debian/"
echo "  crates: $out/rust-*/rust-*.spec (Fedora) and $out/rust-*/debian/ (debcargo's form)"
echo "  PyPI:   $out/python-*/python-*.spec (pyproject macros) and $out/python-*/debian/ (pybuild)"
echo "For example: less $out/rust-serde/debian/control $out/python-jsonschema/python-jsonschema.spec"
