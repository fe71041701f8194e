#!/bin/sh
# bench/index.sh [BUILD]: loading the host's apt indexes (bookworm: about
# 63,000 packages) into libsolv: parsed (cold .solv cache), reloaded from
# the cache found by the indexes' sha256 (read and hashed, not parsed), and
# found by their stat (warm: the indexes are not read).  Wall time, CPU
# time and peak memory; on a busy machine, CPU time is the steadier figure.
set -eu
build=${1:-build}
top=$(cd "$(dirname "$0")/.." && pwd)
ferry=$top/$build/ferry
cache=$(mktemp -d)
trap 'rm -rf "$cache"' EXIT
run() {
	/usr/bin/time -f "%e s (%U user, %S sys), %M KB peak" env XDG_CACHE_HOME="$cache" "$ferry" index "$@" 2>&1 >/dev/null | tail -1
}
echo "cold (parse, write the cache):   $(run)"
rm -f "$cache/ferry/solv/stat-index"
echo "warm, by sha256 (read, hash):    $(run)"
echo "warm, by stat (no index read):   $(run)"
i=0
while [ $i -lt 10 ]; do run >/dev/null; i=$((i + 1)); done
echo "warm by stat, after 10 more:     $(run)"
env XDG_CACHE_HOME="$cache" "$ferry" index | grep -q '(from the .solv cache, by stat)' ||
	echo "(the indexes did not load by stat)"
