#!/bin/sh
# smoke.sh [BUILD]: run every libFuzzer target in BUILD (default
# build-fuzz, from `make fuzz`) for FUZZ_TIME seconds (default 30) under
# ASan and UBSan, seeded from the project's fixtures (seeds.py) and from
# the corpus earlier runs kept in BUILD/corpus/TARGET.  One line of figures
# per target; exits 1 when any target reports (a crash, a sanitizer
# report, a leak, a timeout, memory past the limit), its input saved in
# BUILD/crashes/TARGET/.  FUZZ_TARGETS="npm toml" runs only those.
set -u
BUILD=${1:-build-fuzz}
FUZZ_TIME=${FUZZ_TIME:-30}
TOP=$(cd "$(dirname "$0")/../.." && pwd)
cd "$TOP"
[ -d "$BUILD/fuzz" ] || { echo "smoke: no $BUILD/fuzz (run make fuzz)" >&2; exit 2; }
rm -rf "$BUILD/seeds"
python3 tests/fuzz/seeds.py "$BUILD/seeds" >/dev/null || { echo "smoke: seeds.py failed" >&2; exit 2; }
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}

# the longest input worth trying: a little above the parser's own limit
max_len() {
	case "$1" in
	npmver | cargover | pep440 | pep508 | license | date) echo 4200 ;;
	escape | npmrc | pipcfg | cargocfg | httpcache | statidx | cargofeat | outrecord) echo 16384 ;;
	toml | ledger) echo 65536 ;;
	*) echo 262144 ;;   # documents and archives
	esac
}

failed=0
printf '%-10s %10s %8s %7s %7s %7s %6s  %s\n' target execs exec/s cov ft corpus secs result
for bin in "$BUILD"/fuzz/fuzz_*; do
	t=${bin##*/fuzz_}
	case " ${FUZZ_TARGETS:-$t} " in *" $t "*) ;; *) continue ;; esac
	corpus=$BUILD/corpus/$t crashes=$BUILD/crashes/$t log=$BUILD/logs/$t.log
	mkdir -p "$corpus" "$crashes" "$BUILD/logs" "$BUILD/seeds/$t"
	start=$(date +%s)
	"$bin" -max_total_time="$FUZZ_TIME" -timeout=10 -rss_limit_mb=2048 -max_len="$(max_len "$t")" \
		-print_final_stats=1 -artifact_prefix="$crashes/" "$corpus" "$BUILD/seeds/$t" >"$log" 2>&1
	rc=$?
	secs=$(($(date +%s) - start))
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
	rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
	last=$(grep -E '^#[0-9]+' "$log" | tail -1)
	cov=$(echo "$last" | sed -n 's/.* cov: \([0-9]*\).*/\1/p')
	ft=$(echo "$last" | sed -n 's/.* ft: \([0-9]*\).*/\1/p')
	corp=$(echo "$last" | sed -n 's/.* corp: \([0-9]*\).*/\1/p')
	if [ $rc = 0 ]; then
		result=ok
	else
		result="FAIL (exit $rc): $(grep -a -m1 -E 'ERROR: |runtime error|fuzz: |SUMMARY' "$log" | cut -c1-160), see $log"
		failed=1
	fi
	printf '%-10s %10s %8s %7s %7s %7s %6s  %s\n' "$t" "${execs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" \
		"${corp:-?}" "$secs" "$result"
done
exit $failed
