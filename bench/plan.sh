#!/bin/sh
# bench/plan.sh [BUILD] [ROOT...]: ferry plan (the whole closure, solved
# against the host's Debian indexes) against npm resolving the same root
# (npm install --package-lock-only --ignore-scripts --no-audit --no-fund), on
# the same machine, in the same run: wall time and peak memory, cold (empty
# HTTP caches: ferry's and npm's) and warm (the second run on the same
# caches), and the ratio npm/ferry.  ferry's .solv index cache is warm in
# both (it follows the distribution's index, not the registry); the first
# line says what a fully cold start adds.
#
# The registry is npm's own configuration (npm config get registry), or
# $REGISTRY.  Needs the network; figures only, not part of make check.
set -eu
build=${1:-build}
[ $# -gt 0 ] && shift
roots=${*:-express eslint webpack @babel/core react-scripts}
top=$(cd "$(dirname "$0")/.." && pwd)
ferry=$top/$build/ferry
reg=${REGISTRY:-$(npm config get registry)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# "SECONDS PEAK_MB" of a command; its output goes to $work/last.out
measure() {
	/usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/last.out" 2>"$work/last.err" || true
	awk '{printf "%.2f %d", $1, $2 / 1024}' "$work/time"
}

mkdir -p "$work/solv"
XDG_CACHE_HOME=$work/solv "$ferry" index >/dev/null
echo "fully cold .solv cache (parse bookworm, write the cache): $(XDG_CACHE_HOME=$work/cold-solv measure "$ferry" index | awk '{print $1 " s, " $2 " MB"}')"
echo
echo "| root | ferry cold | ferry warm | npm cold | npm warm | npm/ferry cold | npm/ferry warm | closure |"
echo "|---|---|---|---|---|---|---|---|"
for root in $roots; do
	fc=$work/ferry-cache
	rm -rf "$fc" && cp -r "$work/solv" "$fc"
	f1=$(XDG_CACHE_HOME=$fc measure "$ferry" plan "npm:$root" --target debian --registry "$reg")
	statuses=$(awk 'NR > 1 && $1 ~ /^(distro|new|update|compat|unresolvable)$/ {print $1}' "$work/last.out" | sort | uniq -c |
		awk '{printf "%s%s %s", sep, $1, $2; sep=", "}')
	f2=$(XDG_CACHE_HOME=$fc measure "$ferry" plan "npm:$root" --target debian --registry "$reg")
	nc=$work/npm-cache
	rm -rf "$nc"
	npm_run() {
		d=$work/npm-proj
		rm -rf "$d" && mkdir -p "$d" && echo '{"name":"bench","version":"1.0.0"}' >"$d/package.json"
		(cd "$d" && measure npm install --package-lock-only --ignore-scripts --no-audit --no-fund \
			--cache "$nc" --registry "$reg" "$root")
	}
	n1=$(npm_run)
	n2=$(npm_run)
	echo "$root $f1 $f2 $n1 $n2 $statuses" | awk '{
		st = ""; for (i = 10; i <= NF; i++) st = st (i > 10 ? " " : "") $i
		printf "| %s | %s s, %s MB | %s s, %s MB | %s s, %s MB | %s s, %s MB | %.1fx | %.1fx | %s |\n",
			$1, $2, $3, $4, $5, $6, $7, $8, $9, $6 / $2, $8 / $4, st }'
done
