#!/bin/bash
# debbuild.sh [BUILD]: every Debian source package of the bundled registry
# snapshot (tests/registry/packages.txt, as make demo writes them) built in
# a clean bookworm chroot with dpkg-buildpackage, tests on, as a non-root
# user; then each one's .debs installed with apt in a fresh chroot beside
# Debian's own packages and loaded (node require and bin commands on PATH,
# python3 import, a cargo build --offline of a crate depending on it against
# /usr/share/cargo/registry), and lintian --pedantic run on its .changes.
# Prints a table; exit 0 when every package built, installed and loaded
# with no lintian error, but for those tests/debbuild-known.txt lists.
#
# Needs root (chroot, mounts).  The chroot is made once by mmdebstrap
# (buildd variant, from Debian's archive: the only network used) as a
# tarball under BUILD/debbuild/, reused while younger than a week
# (DEBBUILD_FRESH=1 remakes it); each build and each install test unpacks
# it anew.  .debs fetched from the archive are kept in
# BUILD/debbuild/apt-archives for the next build.  DEBBUILD_ONLY='glob'
# builds only the source packages whose name matches (e.g. 'rust-*').
set -u
TOP=$(cd "$(dirname "$0")/.." && pwd)
BUILD=$TOP/${1:-build}
FERRY=$BUILD/ferry
W=$BUILD/debbuild
MIRROR=${DEBBUILD_MIRROR:-http://deb.debian.org/debian}
ONLY=${DEBBUILD_ONLY:-*}
# packages that do not work yet, one a line with the reason; any other
# that fails fails the run
KNOWN=$TOP/tests/debbuild-known.txt

[ "$(id -u)" = 0 ] || { echo "debbuild: needs root (chroot and mounts)" >&2; exit 2; }
[ -x "$FERRY" ] || { echo "debbuild: no $FERRY; run make first" >&2; exit 2; }
# shellcheck source=chroot.sh
. "$TOP/tests/chroot.sh"
chroot_tools || exit 2
chroot_tarball || exit 4

# The source packages, one folder per package of the snapshot
rm -rf "$W/src" "$W/out" "$W/logs"
mkdir -p "$W/src" "$W/out" "$W/logs"
n=0
export SOURCE_DATE_EPOCH=1700000000
while read -r spec; do
	case "$spec" in "#"* | "") continue ;; esac
	reg=file://$TOP/tests/registry/npm/
	case "$spec" in crate:*) reg=file://$TOP/tests/registry/crates/ ;; pypi:*) reg=file://$TOP/tests/registry/pypi/ ;; esac
	n=$((n + 1))
	d=$W/src/$(printf %02d $n)
	mkdir -p "$d"
	"$FERRY" import "$spec" --target debian -o "$d" --registry "$reg" >"$d/import.log" 2>&1 ||
		echo "debbuild: import $spec failed" >&2
	echo "$spec" >"$d/spec"
done <"$TOP/tests/registry/packages.txt"

# tests_run LOG: how many tests the build log says ran, summed over the
# runners it knows (pkg-js-tools' require test, TAP, mocha, pytest,
# unittest, cargo test); "-" when none ran
tests_run() {
	awk '
	/^\t\/usr\/bin\/node -e require/ { t++; any=1 }
	/^# pass +[0-9]+/ { t += $3; any=1 }
	/^ *[0-9]+ passing/ { t += $1; any=1 }
	/^=+ .*[0-9]+ passed.* in [0-9.]+s/ { for (i=1;i<=NF;i++) if ($(i+1) ~ /^passed/) { t += $i; any=1 } }
	/^Ran [0-9]+ tests? in/ { t += $2; any=1 }
	/^test result: ok\. [0-9]+ passed/ { t += $4; any=1 }
	END { if (any) print t; else print "-" }' "$1"
}

# load_script ECO NAME DEBS: what the install chroot runs after apt
load_script() {
	case "$1" in
	npm) cat <<EOF
node -e "require('$2')"
echo "loaded: require('$2')"
# an Architecture: any module must load its native addon, not a fallback
for f in /build/*.deb; do
	case "\$f" in *-dbgsym_*) continue ;; esac
	[ "\$(dpkg-deb -f "\$f" Architecture)" != all ] || continue
	node -e "require('$2'); if (!Object.keys(require.cache).some(f => f.endsWith('.node'))) {
		console.error('\$f: Architecture any, but no native addon (.node) loaded'); process.exit(1) }"
	echo "loaded: a native addon"
done
pj=\$(ls /usr/share/nodejs/$2/package.json /usr/lib/*/nodejs/$2/package.json 2>/dev/null | head -1)
PJ=\$pj node -e 'const p = require(process.env.PJ);
  const b = typeof p.bin === "string" ? { [p.name.replace(/^@[^/]*\//, "")]: p.bin } : (p.bin || {});
  console.log(Object.keys(b).join("\n"))' >/tmp/bins
while read -r b; do [ -n "\$b" ] || continue
	command -v "\$b" >/dev/null || { echo "bin \$b: not on PATH"; exit 1; }
	echo "bin \$b: \$(command -v "\$b")"
done </tmp/bins
EOF
	;;
	pypi) cat <<EOF
mods=\$(for f in /build/*.deb; do dpkg -L "\$(dpkg-deb -f "\$f" Package)"; done |
	sed -n 's#^/usr/lib/python3/dist-packages/\([A-Za-z0-9_]*\)\(/__init__\)*\.py\$#\1#p' | sort -u)
[ -n "\$mods" ] || { echo "no python module installed"; exit 1; }
for m in \$mods; do python3 -c "import \$m"; echo "loaded: import \$m"; done
EOF
	;;
	crate) cat <<EOF
mkdir -p /tmp/smoke/src /tmp/smoke/.cargo
cat >/tmp/smoke/Cargo.toml <<T
[package]
name = "smoke"
version = "0.0.0"
edition = "2018"
[dependencies]
$2 = "=$3"
T
echo "pub use $(echo "$2" | tr - _) as dep;" >/tmp/smoke/src/lib.rs
printf '[source.crates-io]\nreplace-with = "debian"\n[source.debian]\ndirectory = "/usr/share/cargo/registry"\n' >/tmp/smoke/.cargo/config.toml
cd /tmp/smoke && cargo build --offline
echo "loaded: cargo build of a crate depending on $2 = \"=$3\""
EOF
	;;
	esac
}

# Build order: a package after those of the snapshot whose binaries its
# control names (Build-Depends, Depends); each built package's .debs go to
# the repository /ferry-repo that later builds and installs draw from.
: >"$W/pairs"
for d in "$W"/src/*; do
	echo "$d $d" >>"$W/pairs"
	for e in "$W"/src/*; do
		[ "$e" != "$d" ] || continue
		for b in $(sed -n 's/^Package: *//p' "$e"/*/debian/control 2>/dev/null); do
			grep -v '^#' "$d"/*/debian/control 2>/dev/null | grep -qwF "$b" && { echo "$e $d" >>"$W/pairs"; break; }
		done
	done
done
mapfile -t dirs < <(tsort "$W/pairs")
repo_reset

# The Build-Depends: when they cannot be installed but without the test-only
# ones (<!nocheck>), those missing from bookworm are named in the log and
# the build goes on with the nocheck profile (no tests).
BUILD_DEP='opts= profiles=
	if ! apt-get -q -y build-dep "/build/$src"; then
		missing=
		sed -n "/^Build-Depends:/,/^[A-Z]/p" "/build/$src/debian/control" |
			grep -o "[a-z0-9][a-z0-9.+-]*[^,|]*<!nocheck>" | sed "s/ *<!nocheck>//" | sort -u >/tmp/test-deps
		while read -r rel; do
			apt-get -s -q satisfy "$rel" >/dev/null 2>&1 || missing="$missing $rel,"
		done </tmp/test-deps
		missing=${missing%,}
		echo "ferry-debbuild: test Build-Depends not in bookworm:$missing"
		apt-get -q -y build-dep -P nocheck "/build/$src"
		opts=nocheck profiles=nocheck
	fi'

# tests_note LOG SRC ECO: the tests column: the count, and why there are
# no more (the build log's own words, or the source's lack of tests)
tests_note() {
	local n miss
	n=$(tests_run "$1")
	miss=$(sed -n 's/^ferry-debbuild: test Build-Depends not in bookworm: *//p' "$1" | head -1)
	if [ -n "$miss" ]; then
		echo "skipped ($miss not in bookworm)"
		return
	fi
	case "$3" in
	pypi) [ "$n" = 0 ] && ! tar -tzf "$2" | grep -qE '(^|/)(test_[^/]*|[^/]*_test|conftest)\.py$' &&
		n="0 (sdist ships no tests)" ;;
	npm) grep -q "debian/tests/pkg-js/test" "$1" || n="$n (require; tarball ships no tests)" ;;
	crate) grep -q "cargo.*'test'" "$1" || n="$n (cargo build only)" ;;
	esac
	echo "$n"
}

# rebuild SRCDIR SRC OUT LOG: the second build of reproducibility, in the
# first build's chroot (its Build-Depends installed: no second unpacking
# and apt run, which would double the time), the way
# reprotest varies it: another build path (/build/second/deeper/SRC), the
# clock 373 days ahead (faketime; SOURCE_DATE_EPOCH stays the changelog's),
# umask 0002 (first build 0022), TZ Etc/GMT-14 (first UTC), LC_ALL C (first
# C.UTF-8), another HOME, one CPU (parallel=1, first 2) and the 2.6 kernel
# name (setarch --uname-2.6).  Tests are skipped (nocheck): the .debs, not
# the test run, are compared.  Then each .deb is compared byte for byte with
# the first build's; diffoscope says why one differs.  Prints yes, or no with
# the differing packages.
rebuild() {
	local d=$1 src=$2 out=$3 log=$4 r2=$W/root
	mkdir -p "$r2/build/second/deeper"
	cp -r "$d/$src" "$r2/build/second/deeper/$src"
	cp "$d"/*.orig.tar.* "$r2/build/second/deeper/"
	chown -R 1000:1000 "$r2/build"
	if ! in_chroot "$r2" "
		$REPO_UPDATE
		apt-get -q -y install faketime
		cd /build/second/deeper/$src
		setpriv --reuid 1000 --regid 1000 --clear-groups env HOME=/home/builder/other TZ=Etc/GMT-14 LC_ALL=C \
			DEB_BUILD_OPTIONS='parallel=1 nocheck' DEB_BUILD_PROFILES=nocheck sh -ec '
			umask 0002
			echo \"variations: path \$(pwd) umask \$(umask) TZ \$TZ LC_ALL \$LC_ALL HOME \$HOME \$DEB_BUILD_OPTIONS\" \
				\"clock \$(faketime -f +373d date -u +%F) uname \$(setarch --uname-2.6 uname -r)\"
			tar -xf ../*.orig.tar.* --strip-components=1
			setarch --uname-2.6 faketime -f +373d dpkg-buildpackage -us -uc -b'
	" >"$log.rebuild.log" 2>&1; then
		echo "no (second build failed)"
		return
	fi
	local f differ=
	for f in "$out"/*.deb; do
		local g=$r2/build/second/deeper/$(basename "$f")
		cmp -s "$f" "$g" && continue
		differ="$differ $(basename "$f" | cut -d_ -f1)"
		if [ -f "$g" ]; then
			command -v diffoscope >/dev/null || DEBIAN_FRONTEND=noninteractive \
				apt-get install -y -qq --no-install-recommends diffoscope-minimal >/dev/null 2>&1
			diffoscope --text "$log.diffoscope.txt" "$f" "$g" >/dev/null 2>&1
			{ echo "diffoscope $(basename "$f"):"; head -60 "$log.diffoscope.txt"; } >>"$log.rebuild.log"
		fi
	done
	if [ -n "$differ" ]; then echo "no:$differ"; else echo yes; fi
}

results=$W/results
: >"$results"
total_t0=$(date +%s)
for d in "${dirs[@]}"; do
	spec=$(cat "$d/spec")
	src=$(cd "$d" && ls -d */ 2>/dev/null | head -1)
	src=${src%/}
	[ -n "$src" ] || { printf '%s\t%s\n' "$spec" "no-source" >>"$results"; continue; }
	# shellcheck disable=SC2254
	case "$src" in $ONLY) ;; *) continue ;; esac
	eco=${spec%%:*}
	name=${spec#*:}
	case "$name" in @*) name="@${name#@}"; base=${name#@}; [ "${base#*@}" != "$base" ] && name="@${base%@*}" ;;
	*) name=${name%%@*} ;; esac
	log=$W/logs/$src
	out=$W/out/$src
	mkdir -p "$out"
	root=$W/root
	built=no tests=- installed=no loaded=no lintian=-
	t0=$(date +%s)
	# build: Build-Depends from the archive, then dpkg-buildpackage as builder
	if new_root "$root"; then
		cp -r "$d/$src" "$root/build/$src"
		cp "$d"/*.orig.tar.* "$root/build/"
		chown -R 1000:1000 "$root/build"
		if in_chroot "$root" "
			$REPO_UPDATE
			src=$src
			$BUILD_DEP
			cd /build/$src
			setpriv --reuid 1000 --regid 1000 --clear-groups env HOME=/home/builder \
				DEB_BUILD_OPTIONS=\"parallel=2 \$opts\" DEB_BUILD_PROFILES=\"\$profiles\" sh -ec '
				umask 0022
				tar -xf ../*.orig.tar.* --strip-components=1
				dpkg-buildpackage -us -uc'
		" >"$log.build.log" 2>&1; then
			built=yes
		fi
		(cd "$root/build" && cp -- *.deb *.changes *.dsc *.buildinfo *.debian.tar.* *.orig.tar.* "$out/" 2>/dev/null)
		if [ $built = yes ]; then
			repo_add "$out"/*.deb
		fi
	fi
	repro=-
	[ $built = yes ] && repro=$(rebuild "$d" "$src" "$out" "$log")
	t1=$(date +%s)
	tests=$(tests_note "$log.build.log" "$(ls "$d"/*.orig.tar.* | head -1)" "$eco")
	if [ $built = yes ]; then
		lintian --pedantic "$out"/*.changes >"$log.lintian.log" 2>&1
		lintian="$(grep -c '^E: ' "$log.lintian.log")/$(grep -c '^W: ' "$log.lintian.log")"
		# install beside Debian's packages in a fresh chroot, then load
		version=$(dpkg-parsechangelog -l "$d/$src/debian/changelog" -S Version)
		upver=${version%-*}
		extra=""
		[ "$eco" = crate ] && extra=cargo
		if new_root "$root"; then
			cp "$out"/*.deb "$root/build/"
			if in_chroot "$root" "$REPO_UPDATE; apt-get -q -y install $extra /build/*.deb" >"$log.install.log" 2>&1; then
				installed=yes
				if in_chroot "$root" "$(load_script "$eco" "$name" "${upver%%+*}")" >"$log.load.log" 2>&1; then
					loaded=yes
				fi
			fi
		fi
	fi
	t2=$(date +%s)
	printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$src" $built "$tests" $installed $loaded "$lintian" "$repro" \
		$((t1 - t0)) $((t2 - t1)) >>"$results"
done
drop_root "$W/root"

echo
fmt='%-34s %-5s %-44s %-9s %-6s %-7s %-12s %-7s %s\n'
printf "$fmt" package built "tests run" installed loaded "lintian" reproducible "build s" "install+load s"
printf "$fmt" "" "" "" "" "" "E/W" "" "(both)" ""
good=0 all=0 fail=0
while IFS=$'\t' read -r p b t i l li r s1 s2; do
	printf "$fmt" "$p" "$b" "${t:--}" "${i:--}" "${l:--}" "${li:--}" "${r:--}" "${s1:--}" "${s2:--}"
	all=$((all + 1))
	known=$(awk -v p="$p" '$1 == p { $1 = ""; print substr($0, 2) }' "$KNOWN")
	if [ "$l" = yes ] && [ "${li%%/*}" = 0 ] && [ "$r" = yes ]; then
		good=$((good + 1))
		[ -z "$known" ] || echo "  $p: works now; remove it from $(basename "$KNOWN")"
	elif [ -n "$known" ]; then
		echo "  $p: known: $known"
	else
		echo "  $p: FAILS (not loaded, lintian errors or not reproducible); see $W/logs/$p.*"
		fail=1
	fi
done <"$results"
# lintian's warnings: each tag on a built .changes is listed in the known
# file ("W TAG why it stays") or fails the run
echo
for t in $(cat "$W"/logs/*.lintian.log 2>/dev/null | sed -n 's/^W: [^:]*: \([a-z0-9-]*\).*/\1/p' | sort -u); do
	pk=$(grep -l "^W: [^:]*: $t\b" "$W"/logs/*.lintian.log | xargs -n1 basename | sed 's/\.lintian\.log$//' | tr '\n' ' ')
	why=$(awk -v t="$t" '$1 == "W" && $2 == t { $1 = $2 = ""; print substr($0, 3) }' "$KNOWN")
	if [ -n "$why" ]; then
		echo "lintian W $t (${pk% }): stays: $why"
	else
		echo "lintian W $t (${pk% }): FAILS: fix it or say in $(basename "$KNOWN") why it stays"
		fail=1
	fi
done

# The Fedora side: rpmbuild -bb of specs/ where this rpm has the macros
# (tests/pkgcheck.sh; rpmbuild -bs and rpmlint run in make check)
echo
"$TOP/tests/pkgcheck.sh" - "$TOP/specs" || fail=1

echo "debbuild: $good of $all packages built, installed, loaded, reproducible and lintian-clean of errors; $(($(date +%s) - total_t0)) s"
exit $fail
