#!/usr/bin/env bash
# tests/faults/run.sh BUILD SCRATCH HTTP: I/O fault injection over ferry's
# commands (README.md, "Fault injection"): import, approve, review, plan
# and the HTTP and .solv caches.  For each scenario and each of
# read, write, rename and fsync, runs the command with the Nth call failing
# (tests/faults/faultinject.c), N = 1, 2, ... until a run meets no Nth call.
# Every faulty run must either
#   report it: exit 4, one stderr line "ferry: <package>: <what>: <why>"
#     naming the error, nothing on stdout, the output folder and ledger
#     byte for byte as before, no file left in the caches or TMPDIR that
#     neither the state before nor a clean run has; or
#   absorb it (a cache that could not be read or written is a miss, by
#     design): exit 0, the same stdout and output as a clean run;
# and a clean run after it must give the clean run's stdout and output
# (a damaged cache entry is never used).  Prints one "ok - " or "not ok - "
# line per scenario, with the number of fault points it exercised.
set -u
BUILD=$1
W=$2
HTTP=$3
TOP=$(cd "$(dirname "$0")/../.." && pwd)
FERRY=$TOP/$BUILD/ferry
SHIM=$TOP/$BUILD/tests/faultinject.so
REG=file://$TOP/tests/registry/npm/
CREG=file://$TOP/tests/registry/crates/
PREG=file://$TOP/tests/registry/pypi/
# under ASan the shim comes first in the library list: ASan is told that is fine
export ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0
export SOURCE_DATE_EPOCH=1700000000
mkdir -p "$W"
S=$W/state            # what a command sees: out/ ledger/ cache/ tmp/
P=$W/pristine         # the state before each run
# the commands run with their working folder and every path under $S
export XDG_CACHE_HOME=$S/cache TMPDIR=$S/tmp GNUPGHOME=$W/world/gnupg

# "d MODE PATH" and "f MODE PATH SHA256" lines for everything under $1
snap() {
	(cd "$1" && {
		find . -mindepth 1 -type d -printf 'd %m %p\n'
		paste -d' ' <(find . -type f -printf 'f %m %p\n' | LC_ALL=C sort -k3) \
			<(find . -type f | LC_ALL=C sort | xargs -r sha256sum | cut -d' ' -f1)
	} | LC_ALL=C sort -k3)
}
# what "byte for byte" compares: all but cache/ (its entries hold the time
# they were stored), signatures by name (they hold the time they were made)
product() { awk '$3 !~ /^\.\/cache(\/|$)/ { if ($3 ~ /\.asc$/) $4 = ""; print }' "$1"; }
# the cache's file names
cachenames() { awk '$1 == "f" && $3 ~ /^\.\/cache\// { print $3 }' "$1"; }
restore() { rm -rf "$S" && cp -a "$P" "$S"; }
strerr() {
	case "$1" in
	ENOSPC) echo "No space left on device" ;;
	*) echo "Input/output error" ;;
	esac
}

# scenario NAME SETUP -- ARGS...: SETUP (a function) builds the state in
# $S; ARGS is the ferry command line.
scenario() {
	local name=$1 setup=$2
	shift 3
	rm -rf "$S" "$P"
	mkdir -p "$S/tmp" "$S/cache"
	if ! (cd "$S" && $setup) >"$W/setup.log" 2>&1; then
		echo "not ok - faults $name: setup failed: $(tail -3 "$W/setup.log" | tr '\n' ' ')"
		return
	fi
	cp -a "$S" "$P"
	# the clean run: what every absorbed fault must give too
	(cd "$S" && "$FERRY" "$@" >"$W/clean.out" 2>"$W/clean.err")
	local rc=$? msgs=""
	if [ $rc != 0 ]; then
		echo "not ok - faults $name: the clean run exited $rc: $(head -c 300 "$W/clean.err")"
		return
	fi
	snap "$S" >"$W/clean.snap"
	snap "$P" >"$W/before.snap"
	product "$W/clean.snap" >"$W/clean.product"
	product "$W/before.snap" >"$W/before.product"
	cachenames "$W/clean.snap" >"$W/known"
	cachenames "$W/before.snap" >>"$W/known"
	local op err n total=0 reported=0 absorbed=0 counts=""
	for op in read:EIO write:ENOSPC rename:EIO fsync:EIO; do
		err=${op#*:}
		op=${op%%:*}
		n=1
		while :; do
			restore
			rm -f "$W/log"
			(cd "$S" && LD_PRELOAD=$SHIM FAULT_INJECT=$op:$n:$err FAULT_LOG=$W/log \
				"$FERRY" "$@" >"$W/out" 2>"$W/err")
			rc=$?
			local what
			what=$(grep '^inject ' "$W/log" 2>/dev/null | cut -d' ' -f2-)
			if [ -z "$what" ]; then   # no Nth call: a run like the clean one
				[ $rc = 0 ] && cmp -s "$W/out" "$W/clean.out" || msgs+="$op: a run with no fault differs (exit $rc)"$'\n'
				break
			fi
			local m=""
			snap "$S" >"$W/after.snap"
			product "$W/after.snap" >"$W/after.product"
			if [ $rc = 0 ]; then
				cmp -s "$W/out" "$W/clean.out" || m+="exit 0 but stdout differs; "
				cmp -s "$W/after.product" "$W/clean.product" || m+="exit 0 but the output differs from a clean run's: $(diff "$W/clean.product" "$W/after.product" | grep '^[<>]' | head -3 | tr '\n' ' '); "
				absorbed=$((absorbed + 1))
			elif [ $rc = 4 ]; then
				local lines extra
				lines=$(wc -l <"$W/err")
				[ "$lines" = 1 ] || m+="$lines stderr lines; "
				grep -qE '^ferry: [^:]+: .+: .+' "$W/err" || m+="not 'ferry: <package>: <what>: <why>'; "
				grep -qF -e "$(strerr "$err")" -e "read error" "$W/err" || m+="the error's cause is not named; "
				[ -s "$W/out" ] && m+="stdout written; "
				cmp -s "$W/after.product" "$W/before.product" || m+="changed: $(diff "$W/before.product" "$W/after.product" | grep '^[<>]' | head -3 | tr '\n' ' '); "
				extra=$(cachenames "$W/after.snap" | grep -vxF -f "$W/known")
				[ -z "$extra" ] || m+="left in the cache: $extra; "
				reported=$((reported + 1))
			else
				m+="exit $rc; "
			fi
			# and a clean run afterwards, on what the faulty one left (when it
			# left the state exactly as it was, that is the first clean run)
			if cmp -s "$W/after.snap" "$W/before.snap"; then
				:
			elif (cd "$S" && "$FERRY" "$@" >"$W/out2" 2>"$W/err2"); then
				cmp -s "$W/out2" "$W/clean.out" || m+="the clean run after it prints otherwise; "
				snap "$S" >"$W/after2.snap"
				product "$W/after2.snap" | cmp -s - "$W/clean.product" || m+="the clean run after it writes otherwise; "
			else
				m+="the clean run after it fails: $(head -1 "$W/err2"); "
			fi
			[ -z "$m" ] || msgs+="$op $n ($what): exit $rc: $m$(head -c 200 "$W/err")"$'\n'
			n=$((n + 1))
		done
		total=$((total + n - 1))
		counts+="${counts:+, }$op $((n - 1))"
	done
	if [ -z "$msgs" ]; then
		echo "ok - faults $name: $total fault points ($counts): $reported reported (exit 4), $absorbed absorbed, each then cleaned by a clean run"
	else
		echo "not ok - faults $name: $(wc -l <<<"${msgs%$'\n'}") of $total fault points wrong ($counts)"
		printf '%s' "$msgs" | head -30 | sed 's/^/    /'
	fi
}

# ---------------------------------------------------------------- states
# an earlier import of the same package in out/, edited by its packager:
# a fault must leave it as it was
old_npm() {
	"$FERRY" import npm:wrap-ansi@7.0.0 -t fedora -t debian -o out --registry "$REG" >/dev/null &&
		echo '# edited' >>out/nodejs-wrap-ansi/nodejs-wrap-ansi.spec && rm out/node-wrap-ansi/debian/watch
}
# the same, as ferry left it: re-imported without --force
old_plain() { "$FERRY" import npm:wrap-ansi@7.0.0 -t fedora -t debian -o out --registry "$REG" >/dev/null; }
old_crate() { mkdir -p out && echo keep >out/README; }
ledger() {
	sh "$TOP/tests/fixtures/ledger/setup.sh" "$W/world" >/dev/null
	mv "$W/world/ledger" ledger
	"$FERRY" approve npm:ledger-demo@1.0.0 --criteria safe-to-run --ledger ledger --registry "file://$W/world/reg/" >/dev/null
}
warm_http() { "$FERRY" import npm:left-pad -t fedora -o warm --registry "${HTTP}cache0/faults/" >/dev/null && rm -rf warm; }
IDX=$TOP/tests/distro/plan/Packages.gz
warm_solv() { "$FERRY" plan npm:wrap-ansi@7.0.0 --target debian --distro-index "$IDX" --registry "$REG" >/dev/null; }
nothing() { :; }

rm -rf "$W/world"
scenario "import npm file:// fedora+debian --force over an earlier import, edited" old_npm -- \
	import npm:wrap-ansi@7.0.0 -t fedora -t debian -o out --registry "$REG" --force
scenario "import npm file:// fedora+debian over an earlier import, unchanged" old_plain -- \
	import npm:wrap-ansi@7.0.0 -t fedora -t debian -o out --registry "$REG"
scenario "import crate file:// fedora+debian" old_crate -- \
	import crate:itoa -t fedora -t debian -o out --registry "$CREG"
scenario "import pypi file:// fedora+debian" nothing -- \
	import pypi:attrs -t fedora -t debian -o out --registry "$PREG"
scenario "import npm HTTP, cold HTTP cache" nothing -- \
	import npm:left-pad -t fedora -t debian -o out --registry "${HTTP}cache300/faults/"
scenario "import npm HTTP, warm HTTP cache revalidated (304)" warm_http -- \
	import npm:left-pad -t fedora -t debian -o out --registry "${HTTP}cache0/faults/"
scenario "approve (ledger writes, signed)" ledger -- \
	approve npm:ledger-demo@1.1.0 --delta-from 1.0.0 --criteria safe-to-run --ledger ledger --registry "file://$W/world/reg/"
scenario "review (diff through temporary files)" nothing -- \
	review npm:ledger-demo@1.0.0..1.1.0 --registry "file://$W/world/reg/"
scenario "plan, cold .solv cache" nothing -- \
	plan npm:wrap-ansi@7.0.0 --target debian --distro-index "$IDX" --registry "$REG"
scenario "plan, warm .solv cache (by stat)" warm_solv -- \
	plan npm:wrap-ansi@7.0.0 --target debian --distro-index "$IDX" --registry "$REG"
scenario "plan HTTP, cold HTTP and .solv caches" nothing -- \
	plan npm:wrap-ansi@7.0.0 --target debian --distro-index "$IDX" --registry "${HTTP}cache300/faults/"
[ -d "$W/world/gnupg" ] && gpgconf --homedir "$W/world/gnupg" --kill gpg-agent 2>/dev/null
exit 0
