#!/bin/sh
# bench/httpcache.sh [BUILD] [SPEC] [N]: ferry plan SPEC (default
# npm:express) --target debian against a live registry, N times (default 3)
# with an empty HTTP cache (cold) and N times right after (warm), each under
# /usr/bin/time: wall seconds and peak resident memory.  The registry is
# $npm_config_registry, else npm's own configuration (`npm config get
# registry`); nothing is written into the repository.  The .solv cache of
# the host's indexes is warmed first so that only the HTTP cache differs.
# BENCH_MAXAGE=S puts bench/cacheproxy.py in front of the registry, adding
# max-age=S and an ETag, for registries or mirrors that send neither (S=0:
# every warm GET is a conditional one).
# Needs the network; figures only, not part of make check.
set -eu
build=${1:-build}
spec=${2:-npm:express}
n=${3:-3}
top=$(cd "$(dirname "$0")/.." && pwd)
ferry=$top/$build/ferry
reg=${npm_config_registry:-$(npm config get registry 2>/dev/null || true)}
[ -n "$reg" ] || { echo "no registry: set npm_config_registry" >&2; exit 2; }
work=$(mktemp -d)
proxy=
trap '[ -z "$proxy" ] || kill "$proxy"; rm -rf "$work"' EXIT
via=""
if [ -n "${BENCH_MAXAGE:-}" ]; then
	python3 "$top/bench/cacheproxy.py" "$reg" "$BENCH_MAXAGE" >"$work/port" 2>"$work/proxy.log" &
	proxy=$!
	for _ in $(seq 50); do [ -s "$work/port" ] && break; sleep 0.1; done
	reg=http://127.0.0.1:$(cat "$work/port")/
	via=", through cacheproxy.py adding max-age=$BENCH_MAXAGE and an ETag"
fi
export XDG_CACHE_HOME=$work/cache
FERRY_HTTP_CACHE=off "$ferry" plan "$spec" --target debian --registry "$reg" >/dev/null 2>&1 || true
run() {   # label
	/usr/bin/time -f '%e %M' -o "$work/t" "$ferry" plan "$spec" --target debian --registry "$reg" >"$work/out" 2>"$work/err" || true
	set -- "$1" $(tail -1 "$work/t")
	printf '%-5s wall %6.2f s   peak RSS %7d KiB   %s plan lines\n' "$1" "$2" "$3" "$(wc -l <"$work/out")"
}
echo "ferry plan $spec --target debian (host indexes)$via, $n runs each"
i=0
while [ $i -lt "$n" ]; do
	rm -rf "$XDG_CACHE_HOME/ferry/http"
	run cold
	run warm
	i=$((i + 1))
done
if [ -n "$proxy" ]; then
	kill "$proxy"
	wait "$proxy" 2>/dev/null || true
	proxy=
	echo "cacheproxy.py: $(cat "$work/proxy.log")"
fi
if [ -d "$XDG_CACHE_HOME/ferry/http" ]; then
	echo "HTTP cache: $(ls "$XDG_CACHE_HOME/ferry/http" | wc -l) entries, $(du -sk "$XDG_CACHE_HOME/ferry/http" | cut -f1) KiB"
else
	echo "HTTP cache: empty (the registry sent no validator and no max-age: nothing may be stored)"
fi
