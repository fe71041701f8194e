#!/bin/bash
# bench/mirror.sh [BUILD] [PACKAGE...]: ferry mirror add of a whole npm
# closure from the live npm registry (npm's own configuration:
# npm_config_registry, else `npm config get registry`), then mirror
# verify, each timed, with the mirror's size.  The closure is ferry plan's
# against a distribution index that ships no npm package, so every
# version is mirrored.  Default packages: express, and react-scripts (about
# a thousand).  Figures only; not part of make check.
set -u
TOP=$(cd "$(dirname "$0")/.." && pwd)
BUILD=$TOP/${1:-build}
shift || true
[ $# -gt 0 ] || set -- express react-scripts
FERRY=$BUILD/ferry
[ -x "$FERRY" ] || { echo "mirror: no $FERRY; run make first" >&2; exit 2; }
reg=${npm_config_registry:-$(npm config get registry 2>/dev/null)}
[ -n "$reg" ] || { echo "mirror: no npm registry configured" >&2; exit 2; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ferry-mirror-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
printf 'Package: nodejs\nVersion: 18.19.0+dfsg-6~deb12u2\nArchitecture: amd64\n\n' >"$tmp/Packages"
for pkg in "$@"; do
	"$FERRY" plan "npm:$pkg" -t debian --distro-index "$tmp/Packages" --registry "$reg" --json >"$tmp/plan.json" 2>"$tmp/err" ||
		{ echo "mirror: plan of $pkg failed:"; cat "$tmp/err"; continue; }
	python3 -c '
import json, sys
for n in json.load(open(sys.argv[1]))["nodes"]:
    if n.get("version"):
        print("npm:%s@%s" % (n["name"], n["version"]))' "$tmp/plan.json" | sort -u >"$tmp/specs"
	n=$(wc -l <"$tmp/specs")
	rm -rf "$tmp/m"
	t0=$(date +%s.%N)
	xargs -a "$tmp/specs" /usr/bin/time -f '%M' -o "$tmp/rss" "$FERRY" mirror add --mirror "$tmp/m" --registry "$reg" \
		>"$tmp/add.out" 2>"$tmp/err" || { echo "mirror: add failed:"; tail -3 "$tmp/err"; continue; }
	t1=$(date +%s.%N)
	"$FERRY" mirror verify --mirror "$tmp/m" >"$tmp/verify.out" || { echo "mirror: verify failed"; continue; }
	t2=$(date +%s.%N)
	printf '%s: %s versions mirrored in %.1f s (peak %s KiB), %s in the mirror; verify %.2f s: %s\n' "$pkg" "$n" \
		"$(echo "$t1 - $t0" | bc)" "$(cat "$tmp/rss")" "$(du -sh "$tmp/m" | cut -f1)" "$(echo "$t2 - $t1" | bc)" \
		"$(cat "$tmp/verify.out")"
done
