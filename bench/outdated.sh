#!/bin/bash
# bench/outdated.sh [BUILD] [INDEX...]: ferry outdated over a whole
# distribution index against the live npm registry: every npm name the
# index ships (default: this host's apt lists, bookworm's), first with an
# empty HTTP cache (cold: every packument fetched, 16 at a time), then
# again (warm: the cache's validators), each timed, with the peak memory
# and the count per status.  Not part of make check: it needs the
# registry (npm's own configuration: npm_config_registry, else `npm
# config get registry`).  Figures on stdout.
set -u
TOP=$(cd "$(dirname "$0")/.." && pwd)
BUILD=$TOP/${1:-build}
shift || true
FERRY=$BUILD/ferry
[ -x "$FERRY" ] || { echo "outdated: no $FERRY; run make first" >&2; exit 2; }
reg=${npm_config_registry:-$(npm config get registry 2>/dev/null)}
[ -n "$reg" ] || { echo "outdated: no npm registry configured (npm_config_registry)" >&2; exit 2; }
idx=()
for i in "$@"; do idx+=(--distro-index "$i"); done
cache=$(mktemp -d "${TMPDIR:-/tmp}/ferry-outdated.XXXXXX")
trap 'rm -rf "$cache"' EXIT
for run in cold warm; do
	t0=$(date +%s.%N)
	XDG_CACHE_HOME=$cache /usr/bin/time -f '%M' -o "$cache/rss" "$FERRY" outdated --eco npm \
		--registry "npm=$reg" "${idx[@]}" --json >"$cache/out.json" 2>"$cache/err" ||
		{ echo "outdated: ferry outdated failed:"; cat "$cache/err"; exit 1; }
	t1=$(date +%s.%N)
	python3 - "$cache/out.json" "$run" "$(echo "$t1 - $t0" | bc)" "$(cat "$cache/rss")" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
s = d["summary"].get("npm", {})
parts = ", ".join("%d %s" % (s.get(k, 0), k) for k in ("current", "behind", "major", "ahead", "gone", "unchecked"))
print("%s: %d npm packages in %.1f s, peak %d MiB: %s" % (sys.argv[2], s.get("packages", 0), float(sys.argv[3]),
      int(sys.argv[4]) // 1024, parts))
PY
done
