#!/bin/sh
# bench/index.sh [BUILD]: loading the host's apt indexes (bookworm: about
# 63,000 packages) into libsolv: parsed (cold .solv cache) and reloaded
# from the cache (warm), wall time and peak memory.  Figures only.
set -eu
build=${1:-build}
top=$(cd "$(dirname "$0")/.." && pwd)
ferry=$top/$build/ferry
cache=$(mktemp -d)
trap 'rm -rf "$cache"' EXIT
run() {
	/usr/bin/time -f "%e s, %M KB peak" env XDG_CACHE_HOME="$cache" "$ferry" index "$@" 2>&1 >/dev/null | tail -1
}
echo "cold (parse, write the cache): $(run)"
echo "warm (from the .solv cache):   $(run)"
i=0
while [ $i -lt 10 ]; do run >/dev/null; i=$((i + 1)); done
echo "warm, after 10 more runs:      $(run)"
