#!/bin/sh
# bench/import.sh [BUILD] [N]: prints how long ferry takes for its main jobs on
# the bundled snapshot (wall clock, mean of N runs) and, when valgrind is
# there, the instruction count of one import (repeatable across machines'
# load).  Figures only; not part of make check.
set -eu
build=${1:-build}
n=${2:-20}
top=$(cd "$(dirname "$0")/.." && pwd)
ferry=$top/$build/ferry
reg="file://$top/tests/registry/npm/"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
export SOURCE_DATE_EPOCH=1700000000
ms() { date +%s%N; }
t0=$(ms)
i=0
while [ $i -lt "$n" ]; do
	"$ferry" import npm:wrap-ansi@7.0.0 -t fedora -t debian -o "$out" --registry "$reg" >/dev/null
	i=$((i + 1))
done
t1=$(ms)
echo "import wrap-ansi, both targets: $(( (t1 - t0) / n / 1000 )) us per run (mean of $n)"
pairs=$top/tests/fixtures/semver/pairs.tsv
t0=$(ms)
"$ferry" version satisfies npm - <"$pairs" >/dev/null
t1=$(ms)
echo "version satisfies, $(wc -l <"$pairs") pairs in one process: $(( (t1 - t0) / 1000 )) us"
if command -v valgrind >/dev/null; then
	valgrind --tool=callgrind --callgrind-out-file="$out/cg" "$ferry" import npm:wrap-ansi@7.0.0 \
		-t fedora -t debian -o "$out/v" --registry "$reg" >/dev/null 2>"$out/vg"
	echo "import wrap-ansi, both targets: $(sed -n 's/.*Collected : //p' "$out/vg") instructions (callgrind)"
fi
