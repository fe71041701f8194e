#!/usr/bin/env bash
# tests/run.sh BUILD [--regenerate]: every ferry test, one runner.
#   unit      C unit tests (tests/unit), each printing "ok -" / "not ok -" lines
#   fuzz      every fuzz target's regression inputs (tests/fuzz/regress/TARGET)
#             fed once, built without libFuzzer (tests/fuzz/README.md)
#   cases     data-driven cases (tests/cases/*.t, see tests/cases/README.md)
#   faults    I/O fault injection over import, approve, plan and the caches
#             (tests/faults/run.sh)
#   semver    differential: ferry vs node-semver
#   crate     ... vs Rust's semver crate; pypi: vs python3-packaging (PEP 440,
#             PEP 508); distcheck judges RPM (libsolv) and Debian (libdpkg)
#   snapshot  the bundled registry imported for both targets, diffed against
#             specs/, generated twice, checked by librpmbuild, rpmbuild -bs,
#             rpmlint, dpkg-source -b and lintian
#   corpus    ../shared/corpus, when present
# The last line is "N passed, N failed".  --regenerate rewrites specs/.
# CASES=GLOB (e.g. CASES='hostile-*') runs the unit tests and those cases only.
set -u
BUILD=${1:-build}
REGEN=${2:-}
TOP=$(cd "$(dirname "$0")/.." && pwd)
cd "$TOP"
FERRY=$TOP/$BUILD/ferry
TOOLS=$TOP/$BUILD/tests
SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/ferry-test.XXXXXX")
pass=0
fail=0
HTTP_PID=
cleanup() {
	[ -n "$HTTP_PID" ] && kill "$HTTP_PID" 2>/dev/null
	rm -rf "$SCRATCH"
}
trap cleanup EXIT

ok() { pass=$((pass + 1)); printf 'ok   %s\n' "$1"; }
bad() { fail=$((fail + 1)); printf 'FAIL %s\n' "$1"; [ -n "${2:-}" ] && printf '%s\n' "$2" | sed 's/^/     /' | head -40; }
section() { printf '\n== %s\n' "$1"; }

# A clean environment: no user or global npmrc, no registry, fixed dates.
export HOME=$SCRATCH/home
mkdir -p "$HOME"
unset npm_config_registry NPM_CONFIG_REGISTRY npm_config_userconfig NPM_CONFIG_USERCONFIG FERRY_PACKAGER DEBFULLNAME DEBEMAIL
export npm_config_globalconfig=$SCRATCH/no-global-npmrc
export SOURCE_DATE_EPOCH=1700000000
export LC_ALL=C.UTF-8
REG=file://$TOP/tests/registry/npm/
HREG=file://$TOP/tests/hostile/npm/

# ---------------------------------------------------------------- unit
section unit
for t in "$TOOLS"/test_*; do
	[ -x "$t" ] || continue
	out=$("$t" 2>&1)
	rc=$?
	while IFS= read -r line; do
		case "$line" in
		"ok - "*) ok "unit ${line#ok - }" ;;
		"not ok - "*) bad "unit ${line#not ok - }" ;;
		esac
	done <<<"$out"
	[ $rc -eq 0 ] || [ "$(grep -c '^not ok' <<<"$out")" -gt 0 ] || bad "unit $(basename "$t") exited $rc" "$out"
done

# ---------------------------------------------------------------- layout
# the extension contracts (DESIGN.md) hold: nothing outside the descriptors
# and readers branches on an ecosystem's name or a distribution family, no
# two files call each other, core/ and fetch/ include nothing above them
section layout
c=$(tools/contracts.sh)
for k in eco-branches distro-sites; do
	n=$(sed -n "s/^$k: \([0-9]*\) lines.*/\1/p" <<<"$c")
	if [ "$n" = 0 ]; then ok "layout: no $k"; else bad "layout: $n $k (tools/contracts.sh -v lists them)" "$c"; fi
done
n=$(sed -n 's/^long-functions: .*, \([0-9]*\) over 120$/\1/p' <<<"$c")
if [ "$n" = 0 ]; then ok "layout: no function over 120 lines"; else bad "layout: $n functions over 120 lines" "$(tools/contracts.sh -v | sed -n '/^long-functions/,$p')"; fi
if s=$(tools/circles.py "$BUILD"); then ok "layout: ${s##*$'\n'}"; else bad "layout: files call each other or define one symbol twice" "$s"; fi
up=$(grep -l '#include "\.\./' core/*.[ch]; grep -lE '#include "\.\./(convert|solver|review|cli)/' fetch/*.[ch])
if [ -z "$up" ]; then ok "layout: core/ includes only core/, fetch/ only core/"; else bad "layout: includes from a layer above" "$up"; fi

# ---------------------------------------------------------------- fuzz
section "fuzz regressions (tests/fuzz/regress)"
for bin in "$TOP/$BUILD"/fuzz/fuzz_*; do
	[ -x "$bin" ] || continue
	t=${bin##*/fuzz_}
	if [ ! -d "tests/fuzz/regress/$t" ]; then
		bad "fuzz $t: no tests/fuzz/regress/$t (each target keeps at least one input)"
		continue
	fi
	out=$("$bin" "tests/fuzz/regress/$t" 2>&1)
	rc=$?
	if [ $rc = 0 ]; then ok "fuzz $t: $(tail -1 <<<"$out"), no report"; else bad "fuzz $t: exit $rc" "$(tail -30 <<<"$out")"; fi
done

# ---------------------------------------------------------------- HTTP registry
python3 tests/httpreg.py >"$SCRATCH/port" 2>/dev/null &
HTTP_PID=$!
for _ in $(seq 50); do [ -s "$SCRATCH/port" ] && break; sleep 0.1; done
HTTP=http://127.0.0.1:$(cat "$SCRATCH/port")/

# ---------------------------------------------------------------- cases
section cases
run_case() {
	local file=$1 name
	name=$(basename "$file" .t)
	local args="" want_exit=0 stdout_want="" in_stdout=0 have_stdout=0 msgs="" line
	local -a checks=() envs=()
	while IFS= read -r line || [ -n "$line" ]; do
		if [ $in_stdout = 1 ]; then
			if [ "$line" = "@END" ]; then in_stdout=0; else stdout_want+="$line"$'\n'; fi
			continue
		fi
		case "$line" in
		"#"* | "") ;;
		"@ARGS "*) args=${line#@ARGS } ;;
		"@EXIT "*) want_exit=${line#@EXIT } ;;
		"@ENV "*) envs+=("${line#@ENV }") ;;
		"@STDOUT") in_stdout=1; have_stdout=1 ;;
		"@"*) checks+=("$line") ;;
		*) msgs+="unknown line: $line"$'\n' ;;
		esac
	done <"$file"
	local OUT=$SCRATCH/case-$name/out TMP=$SCRATCH/case-$name
	mkdir -p "$TMP"
	[ $have_stdout = 1 ] && stdout_want=$(printf '%s' "$stdout_want" | TOP=$TOP envsubst '$TOP')$'\n'
	for c in "${checks[@]}"; do
		case "$c" in "@BEFORE "*)
			(cd "$TMP" && FERRY=$FERRY REG=$REG HREG=$HREG HTTP=$HTTP TMP=$TMP TOP=$TOP bash -c "${c#@BEFORE }") || msgs+="setup failed: $c"$'\n' ;;
		esac
	done
	local cmd
	cmd=$(REG=$REG HREG=$HREG HTTP=$HTTP OUT=$OUT TMP=$TMP TOP=$TOP envsubst '$REG $HREG $HTTP $OUT $TMP $TOP' <<<"$args")
	(
		cd "$TMP"
		for kv in "${envs[@]}"; do export "$(REG=$REG HREG=$HREG HTTP=$HTTP TMP=$TMP envsubst '$REG $HREG $HTTP $TMP' <<<"$kv")"; done
		eval "set -- $cmd"
		"$FERRY" "$@" >"$TMP/stdout" 2>"$TMP/stderr"
		echo $? >"$TMP/rc"
	)
	local rc
	rc=$(cat "$TMP/rc")
	[ "$rc" = "$want_exit" ] || msgs+="exit $rc, expected $want_exit; stderr: $(head -c 400 "$TMP/stderr")"$'\n'
	if [ $have_stdout = 1 ] && [ "$(cat "$TMP/stdout")"$'\n' != "$stdout_want" ]; then
		msgs+="stdout differs:"$'\n'"$(diff <(printf '%s' "$stdout_want") "$TMP/stdout" | head -20)"$'\n'
	fi
	for c in "${checks[@]}"; do
		local arg=${c#* }
		case "$c" in
		"@STDERR-HAS "*) grep -qF -- "$arg" "$TMP/stderr" || msgs+="stderr lacks: $arg"$'\n' ;;
		"@STDOUT-HAS "*) grep -qF -- "$arg" "$TMP/stdout" || msgs+="stdout lacks: $arg"$'\n' ;;
		"@STDOUT-LACKS "*) ! grep -qF -- "$arg" "$TMP/stdout" || msgs+="stdout has: $arg"$'\n' ;;
		"@STDERR-LINES "*) [ "$(wc -l <"$TMP/stderr")" = "$arg" ] || msgs+="stderr has $(wc -l <"$TMP/stderr") lines, expected $arg"$'\n' ;;
		"@BEFORE "*) ;;
		"@NO-OUTPUT") [ -z "$(ls -A "$OUT" 2>/dev/null)" ] || msgs+="output written: $(ls -A "$OUT")"$'\n' ;;
		"@FILE-HAS "*)
			local f=${arg%% *} s=${arg#* }
			grep -qF -- "$s" "$OUT/$f" 2>/dev/null || msgs+="$f lacks: $s"$'\n' ;;
		"@FILE-LACKS "*)
			local f=${arg%% *} s=${arg#* }
			[ -f "$OUT/$f" ] && ! grep -qF -- "$s" "$OUT/$f" || msgs+="$f missing or has: $s"$'\n' ;;
		"@SH "*)
			local sh_out
			sh_out=$(cd "$TMP" && FERRY=$FERRY OUT=$OUT TOOLS=$TOOLS TOP=$TOP TMP=$TMP HTTP=$HTTP bash -c "$arg" 2>&1) || msgs+="check failed: $arg"$'\n'"$sh_out"$'\n' ;;
		*) msgs+="unknown check: $c"$'\n' ;;
		esac
	done
	if [ -z "$msgs" ]; then ok "case $name"; else bad "case $name" "$msgs"; fi
}
for f in tests/cases/${CASES:-*}.t; do run_case "$f"; done
# CASES=GLOB runs only those cases (and the unit tests): for work in progress
if [ -n "${CASES:-}" ]; then echo; echo "$pass passed, $fail failed"; [ $fail = 0 ]; exit; fi

# ---------------------------------------------------------------- I/O faults
# the Nth read, write, rename or fsync fails (tests/faults/faultinject.c),
# for N = 1, 2, ... over import, approve, plan and the caches
section "I/O faults (tests/faults/run.sh)"
while IFS= read -r line; do
	case "$line" in
	"ok - "*) ok "${line#ok - }" ;;
	"not ok - "*) bad "${line#not ok - }" ;;
	"    "*) printf '%s\n' "$line" ;;
	esac
done < <(tests/faults/run.sh "$BUILD" "$SCRATCH/faults" "$HTTP" 2>&1)

# ---------------------------------------------------------------- semver
section "semver differential (node-semver $(dpkg-query -W -f='${Version}' node-semver 2>/dev/null))"
SEMVER=tests/fixtures/semver
differential() {   # file mode
	local f=$1 mode=$2 n
	n=$(wc -l <"$f")
	node "$SEMVER/oracle.js" $mode <"$f" >"$SCRATCH/oracle" 2>"$SCRATCH/oracle.err" || { bad "semver $f: oracle failed" "$(cat "$SCRATCH/oracle.err")"; return; }
	"$FERRY" version "${mode:-satisfies}" npm - <"$f" | sed 's/^error:.*/error/' >"$SCRATCH/ferry"
	local d
	d=$(paste "$f" "$SCRATCH/oracle" "$SCRATCH/ferry" | awk -F'\t' '$3 != $4')
	if [ -z "$d" ] && [ "$(wc -l <"$SCRATCH/ferry")" = "$n" ]; then
		ok "semver ${mode:-satisfies} $(basename "$f"): $n pairs, every verdict agrees with node-semver"
	else
		bad "semver ${mode:-satisfies} $(basename "$f"): $(wc -l <<<"$d") of $n differ (range, version, node-semver, ferry)" "$d"
	fi
	if [ -z "$mode" ]; then
		local s
		s=$(paste "$f" "$SCRATCH/oracle" | "$TOOLS/distcheck" sound npm)
		if [ $? = 0 ]; then ok "distcheck $(basename "$f"): $(tr '\n' ' ' <<<"$s")"; else bad "distcheck $(basename "$f")" "$s"; fi
	fi
}
if command -v node >/dev/null && [ -f /usr/share/nodejs/semver/package.json ]; then
	differential "$SEMVER/pairs.tsv" ""
	differential "$SEMVER/edge.tsv" ""
	differential "$SEMVER/compare.tsv" compare
	python3 tests/fixtures/fuzz.py "$SEMVER/edge.tsv" 20000 1 >"$SCRATCH/npm-fuzz.tsv"
	differential "$SCRATCH/npm-fuzz.tsv" ""
else
	bad "semver differential: node or Debian's node-semver is missing (make check installs them)"
fi

# ------------------------------------------------------- crate and pypi
# The references: Rust's semver crate as Debian ships it, built offline with
# Debian's cargo; python3-packaging run by Debian's python3.  Answers are
# compared line by line; distcheck then judges the RPM and Debian
# translations (libsolv, libdpkg).
eco_diff() {   # eco oracle-command file mode label
	local eco=$1 oracle=$2 f=$3 mode=$4 label=$5 n
	n=$(wc -l <"$f")
	$oracle "$mode" <"$f" >"$SCRATCH/oracle" 2>"$SCRATCH/oracle.err" || { bad "$label: oracle failed" "$(cat "$SCRATCH/oracle.err")"; return; }
	"$FERRY" version "$mode" "$eco" - <"$f" | sed 's/^error:.*/error/' >"$SCRATCH/ferry"
	if cmp -s "$SCRATCH/oracle" "$SCRATCH/ferry"; then
		ok "$label: $n pairs, every verdict agrees"
	else
		local k other=""
		for k in $(diff --unchanged-line-format= --old-line-format='%dn
' --new-line-format= "$SCRATCH/oracle" "$SCRATCH/ferry" | head -20); do
			other+="$(sed -n "${k}p" "$f") => reference $(sed -n "${k}p" "$SCRATCH/oracle"), ferry $(sed -n "${k}p" "$SCRATCH/ferry")"$'\n'
		done
		bad "$label: verdicts differ" "$other"
	fi
	if [ "$mode" = satisfies ]; then
		local s
		s=$(paste "$f" "$SCRATCH/oracle" | "$TOOLS/distcheck" sound "$eco")
		if [ $? = 0 ]; then ok "distcheck $label: $(tr '\n' ' ' <<<"$s")"; else bad "distcheck $label" "$s"; fi
	fi
}
section "crate differential (Rust semver $(dpkg-query -W -f='${Version}' librust-semver-dev 2>/dev/null))"
CARGO_ORACLE=$TOP/$BUILD/oracles/cargo
if [ -x /usr/bin/cargo ] && [ -d /usr/share/cargo/registry ] && sh tests/oracles/cargo/build.sh "$CARGO_ORACLE" >"$SCRATCH/cargo.log" 2>&1; then
	eco_diff crate "$CARGO_ORACLE/cargo-oracle" tests/fixtures/cargo/edge.tsv satisfies "crate edge.tsv"
	eco_diff crate "$CARGO_ORACLE/cargo-oracle" tests/fixtures/cargo/compare.tsv compare "crate compare.tsv"
	python3 tests/fixtures/fuzz.py tests/fixtures/cargo/edge.tsv 20000 1 >"$SCRATCH/crate-fuzz.tsv"
	eco_diff crate "$CARGO_ORACLE/cargo-oracle" "$SCRATCH/crate-fuzz.tsv" satisfies "crate fuzz (edge.tsv mutated, seed 1)"
else
	bad "crate differential: cannot build the semver oracle (make check installs cargo, rustc, librust-semver-dev)" "$(tail -5 "$SCRATCH/cargo.log" 2>/dev/null)"
fi
section "pypi differential (python3-packaging $(dpkg-query -W -f='${Version}' python3-packaging 2>/dev/null))"
PYPI_ORACLE="/usr/bin/python3 $TOP/tests/oracles/pypi/oracle.py"
if /usr/bin/python3 -c 'import packaging' 2>/dev/null; then
	PF=tests/fixtures/pypi
	eco_diff pypi "$PYPI_ORACLE" $PF/edge.tsv satisfies "pypi edge.tsv"
	eco_diff pypi "$PYPI_ORACLE" $PF/compare.tsv compare "pypi compare.tsv"
	python3 tests/fixtures/fuzz.py $PF/edge.tsv 20000 1 >"$SCRATCH/pypi-fuzz.tsv"
	eco_diff pypi "$PYPI_ORACLE" "$SCRATCH/pypi-fuzz.tsv" satisfies "pypi fuzz (edge.tsv mutated, seed 1)"
	python3 tests/fixtures/fuzz.py $PF/compare.tsv 5000 2 >"$SCRATCH/pypi-fuzz-cmp.tsv"
	eco_diff pypi "$PYPI_ORACLE" "$SCRATCH/pypi-fuzz-cmp.tsv" compare "pypi fuzz (compare.tsv mutated, seed 2)"
	pep508() {   # mode file label
		local n
		grep -v '^#' "$2" >"$SCRATCH/pep508.in"
		n=$(wc -l <"$SCRATCH/pep508.in")
		$PYPI_ORACLE "$1" <"$SCRATCH/pep508.in" >"$SCRATCH/oracle"
		"$TOOLS/pep508dump" "$1" <"$SCRATCH/pep508.in" >"$SCRATCH/ferry"
		if cmp -s "$SCRATCH/oracle" "$SCRATCH/ferry"; then
			ok "$3: $n lines, every answer agrees with packaging"
		else
			bad "$3: answers differ (packaging, ferry)" "$(diff "$SCRATCH/oracle" "$SCRATCH/ferry" | head -20)"
		fi
	}
	pep508 requirement $PF/requirements.txt "PEP 508 requirements.txt"
	pep508 requirement $PF/debian-requires-dist.txt "PEP 508 Requires-Dist of Debian's python3-* packages"
	pep508 marker $PF/markers.tsv "PEP 508 markers.tsv"
	# ordering of real versions: every PyPI version Debian ships
	awk 'BEGIN{printf "debian\t"} !/^#/ && NF {printf "%s ", $1} END{print ""}' $PF/debian-versions.txt >"$SCRATCH/order.in"
	s=$("$TOOLS/distcheck" order pypi <"$SCRATCH/order.in")
	if [ $? = 0 ]; then ok "pypi order debian-versions.txt: $s"; else bad "pypi order" "$s"; fi
else
	bad "pypi differential: Debian's python3-packaging is missing (make check installs it)"
fi

# ---------------------------------------------------------------- snapshot
section "snapshot: tests/registry/{npm,crates,pypi} -> specs/"
CREG=file://$TOP/tests/registry/crates/
PREG=file://$TOP/tests/registry/pypi/
GEN1=$SCRATCH/gen1
GEN2=$SCRATCH/gen2
generate() {   # dir
	local dir=$1 spec
	while read -r spec; do
		case "$spec" in "#"* | "") continue ;; esac
		local reg=$REG
		case "$spec" in crate:*) reg=$CREG ;; pypi:*) reg=$PREG ;; esac
		"$FERRY" import "$spec" --target fedora --target debian -o "$dir" --registry "$reg" >/dev/null 2>"$SCRATCH/gen.err" ||
			{ bad "snapshot import $spec" "$(cat "$SCRATCH/gen.err")"; }
	done <tests/registry/packages.txt
}
generate "$GEN1"
generate "$GEN2"
texts() { (cd "$1" && find . -path ./.ferry -prune -o -type f ! -name '*.tgz' ! -name '*.tar.gz' ! -name '*.crate' -print | sort); }
if diff -r "$GEN1" "$GEN2" >"$SCRATCH/twice.diff"; then
	ok "snapshot: generating twice gives identical bytes ($(texts "$GEN1" | wc -l) files)"
else
	bad "snapshot: generating twice differs" "$(head -20 "$SCRATCH/twice.diff")"
fi
if [ "$REGEN" = "--regenerate" ]; then
	rm -rf specs
	mkdir -p specs
	(cd "$GEN1" && texts . | while read -r f; do mkdir -p "$TOP/specs/$(dirname "$f")"; cp -p "$f" "$TOP/specs/$f"; done)
	echo "specs/ regenerated; review with git diff"
fi
if [ "$(texts "$GEN1")" = "$(texts specs)" ] && (cd "$GEN1" && texts . | while read -r f; do cmp -s "$f" "$TOP/specs/$f" || exit 1; done); then
	ok "snapshot: output equals specs/"
else
	bad "snapshot: output differs from specs/ (make specs regenerates; review the diff)" \
		"$(diff -r -x '*.tgz' -x '*.tar.gz' -x '*.crate' -x .ferry specs "$GEN1" | head -30)"
fi
for spec in "$GEN1"/*/*.spec; do
	pkg=$(basename "$spec" .spec)
	if s=$("$TOOLS/specparse" "$spec" 2>&1); then ok "librpmbuild parses $pkg.spec"; else bad "librpmbuild parses $pkg.spec" "$s"; fi
	top=$SCRATCH/rpmbuild
	mkdir -p "$top"
	if s=$(rpmbuild -bs --nodeps --define "_topdir $top" --define "_sourcedir $(dirname "$spec")" "$spec" 2>&1); then
		ok "rpmbuild -bs $pkg: $(ls "$top/SRPMS" | grep "^$pkg-[0-9]" | head -1)"
	else
		bad "rpmbuild -bs $pkg" "$s"
	fi
	s=$(rpmlint "$spec" 2>&1 || true)
	summary=$(grep -E '[0-9]+ packages and [0-9]+ specfiles checked' <<<"$s")
	if grep -qE '^[^ ]+: E: ' <<<"$s" || [ -z "$summary" ]; then bad "rpmlint $pkg: errors" "$s"; else ok "rpmlint $pkg: $summary"; fi
done
for dir in "$GEN1"/*/debian/; do
	dir=$(dirname "$dir")
	pkg=$(basename "$dir")
	work=$SCRATCH/deb/$pkg
	mkdir -p "$work/$pkg"
	orig=$(ls "$GEN1/${pkg}"_*.orig.tar.gz)
	cp "$orig" "$work/"
	tar -xzf "$orig" -C "$work/$pkg" --strip-components=1
	cp -r "$dir/debian" "$work/$pkg/"
	if s=$(cd "$work" && dpkg-source -b "$pkg" 2>&1); then
		dsc=$(ls "$work"/*.dsc)
		ok "dpkg-source -b $pkg: $(basename "$dsc")"
		s=$(lintian --tag-display-limit 0 "$dsc" 2>&1)
		if grep -qE '^E: ' <<<"$s"; then bad "lintian $pkg: errors" "$s"; else ok "lintian $pkg: no errors ($(grep -c '^W: ' <<<"$s") warnings)"; fi
	else
		bad "dpkg-source -b $pkg" "$s"
	fi
done

# ---------------------------------------------------------------- corpus
CORPUS=$TOP/../shared/corpus
section corpus
if [ -d "$CORPUS/npm" ] && command -v node >/dev/null; then
	echo "corpus: $CORPUS present, running npm corpus tests"
	node "$SEMVER/corpus-pairs.js" "$CORPUS/npm" >"$SCRATCH/corpus.tsv"
	differential "$SCRATCH/corpus.tsv" ""
fi
if [ -d "$CORPUS/crates" ] && [ -x "$CARGO_ORACLE/cargo-oracle" ]; then
	echo "corpus: crates.io 2019 index present, running crate corpus tests"
	IDX=$CORPUS/crates/kornelski-2019-index.tar.gz
	python3 tests/fixtures/cargo/corpus-pairs.py "$IDX" >"$SCRATCH/crate-pairs.tsv"
	eco_diff crate "$CARGO_ORACLE/cargo-oracle" "$SCRATCH/crate-pairs.tsv" satisfies "crate corpus pairs (2019 index)"
	python3 tests/fixtures/cargo/corpus-versions.py "$IDX" >"$SCRATCH/crate-versions.tsv"
	s=$("$TOOLS/distcheck" order crate <"$SCRATCH/crate-versions.tsv")
	if [ $? = 0 ]; then ok "crate order (2019 index): $(tail -1 <<<"$s")"; else bad "crate order (2019 index)" "$s"; fi
fi
if [ -d "$CORPUS/pypi" ] && /usr/bin/python3 -c 'import packaging' 2>/dev/null; then
	echo "corpus: PyPI fixtures present, running pypi corpus tests"
	python3 tests/fixtures/pypi/corpus-pairs.py "$CORPUS/pypi" >"$SCRATCH/pypi-pairs.tsv"
	eco_diff pypi "$PYPI_ORACLE" "$SCRATCH/pypi-pairs.tsv" satisfies "pypi corpus pairs"
	python3 tests/fixtures/pypi/corpus-versions.py "$CORPUS/pypi" >"$SCRATCH/pypi-versions.tsv"
	s=$("$TOOLS/distcheck" order pypi <"$SCRATCH/pypi-versions.tsv")
	if [ $? = 0 ]; then ok "pypi order (corpus): $s"; else bad "pypi order (corpus)" "$s"; fi
fi
if [ -f "$CORPUS/crates/kornelski-2019-index.tar.gz" ]; then
	echo "corpus: parsing every line of the 2019 crates.io index"
	s=$(python3 -c '
import sys, tarfile
with tarfile.open(sys.argv[1]) as t:
    for m in t:
        if m.isfile() and not m.name.endswith("config.json"):
            sys.stdout.buffer.write(t.extractfile(m).read())
' "$CORPUS/crates/kornelski-2019-index.tar.gz" | "$TOOLS/indexcheck")
	# the 4 rejected lines name requirements semver 1.x refuses too
	# ("^0-.11.0", "~2.0-2.2", "^0.51-oldsyn"): see the crate differential
	if grep -q "184433 parsed (6402 yanked" <<<"$s" && grep -q " 4 rejected" <<<"$s"; then
		ok "2019 index: $(tail -1 <<<"$s")"
	else
		bad "2019 index" "$s"
	fi
fi
if [ -d "$CORPUS/pypi" ]; then
	echo "corpus: parsing every PyPI JSON document"
	P=$CORPUS/pypi
	args=()
	for f in "$P"/poetry-pypi-fixtures/json/*.json; do args+=("$(basename "$f" .json)" "$f"); done
	for f in "$P"/poetry-pypi-fixtures/json/*/*.json; do
		d=$(basename "$(dirname "$f")")
		[ "$d" = mocked ] && d=$(basename "$f" .json)
		args+=("$d" "$f")
	done
	for f in "$P"/pypi-simple-pep691/*.json; do
		n=argset
		[ "$(basename "$f")" = yanked.json ] && n=yanked
		args+=("$n" "$f")
	done
	if s=$("$TOOLS/pypicheck" "${args[@]}"); then ok "$(tail -1 <<<"$s")"; else bad "PyPI documents" "$s"; fi
fi
if [ -f "$CORPUS/provenance/npm/namespace-test.json" ] && command -v openssl >/dev/null; then
	echo "corpus: real npm signatures, npm provenance and PEP 740 attestations, as they are and changed"
	if s=$(python3 tests/fixtures/signed/corpus.py "$CORPUS" "$FERRY" "$SCRATCH" 2>&1); then
		ok "signature and provenance vectors: $(wc -l <<<"$s") outcomes as expected"
	else
		bad "signature and provenance vectors" "$s"
	fi
fi
if [ -f "$CORPUS/toml-test/tests/files-toml-1.0.0" ]; then
	echo "corpus: toml-test present, running the TOML 1.0 suite"
	s=$("$TOOLS/tomltest" "$CORPUS/toml-test/tests" 2>&1)
	if [ $? = 0 ]; then ok "toml-test 1.0: $(head -1 <<<"$s")"; else bad "toml-test 1.0" "$s"; fi
fi
if [ -f "$CORPUS/review/cargo-vet/audits.toml" ]; then
	echo "corpus: cargo-vet's audits.toml present, importing it into a ledger"
	CV=$CORPUS/review/cargo-vet/audits.toml
	want=$(grep -c '^\[\[audits\.' "$CV")
	s=$("$FERRY" vet import "$CV" --from cargo-vet --ledger "$SCRATCH/cv-ledger" 2>&1)
	got=$(find "$SCRATCH/cv-ledger/imported/crate" -name '*.toml' | wc -l)
	if grep -q "^imported $want audits from" <<<"$s" && [ "$got" = "$want" ] &&
		"$FERRY" vet import "$CV" --from cargo-vet --ledger "$SCRATCH/cv-ledger" >/dev/null &&
		[ "$(find "$SCRATCH/cv-ledger/imported/crate" -name '*.toml' | wc -l)" = "$want" ]; then
		ok "cargo-vet audits.toml: $(head -1 <<<"$s" | sed 's/ from .* into .*(/ (/'), $got entry files, the same after importing twice"
	else
		bad "cargo-vet audits.toml: expected $want audits, got $got files" "$s"
	fi
fi
if [ -d "$CORPUS/debian" ]; then
	echo "corpus: Debian's control data present, comparing debcargo's relations"
	for c in jsonschema rich; do
		if s=$(python3 tests/debcompare.py --names "$CORPUS/debian/python3-$c.control" "$GEN1/python-$c/debian/control"); then
			ok "python3-$c depends on what Debian's does on Python 3.11: $(tr '\n' ';' <<<"$s")"
		else
			bad "python3-$c's dependencies differ from Debian's" "$s"
		fi
	done
	for c in serde itoa autocfg; do
		if s=$(python3 tests/debcompare.py "$CORPUS/debian/librust-$c-dev.control" "$GEN1/rust-$c/debian/control"); then
			ok "librust-$c-dev equals Debian's: $(tr '\n' ';' <<<"$s")"
		else
			bad "librust-$c-dev differs from Debian's" "$s"
		fi
	done
fi
if ls /var/lib/apt/lists/*_Packages* >/dev/null 2>&1; then
	echo "host: this machine's apt indexes present, loading them"
	if s=$(XDG_CACHE_HOME=$SCRATCH/cache "$FERRY" index 2>&1) && grep -q "npm names by node-NAME" <<<"$s" &&
		grep -q "crate names by librust-NAME-dev" <<<"$s" && grep -q "pypi names by" <<<"$s"; then
		ok "host apt indexes: $(tr '\n' ';' <<<"$s")"
	else
		bad "host apt indexes" "$s"
	fi
fi
[ -d "$CORPUS" ] || echo "corpus: ../shared/corpus not present, corpus tests not run"

printf '\n%d passed, %d failed\n' "$pass" "$fail"
[ "$fail" = 0 ]
