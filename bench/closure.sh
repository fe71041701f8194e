#!/bin/bash
# bench/closure.sh [BUILD] [ROOT...]: a real closure from the live npm
# registry, end to end.  For each root (default npm:debug, npm:chalk@4
# with its compat ansi-styles 4, npm:bufferutil with a native addon):
#   ferry import ROOT --recursive -t debian against the chroot's own
#   bookworm index; then, in ONE fresh bookworm chroot, the packages built
#   with dpkg-buildpackage (tests on, as uid 1000) batch by batch in the
#   order `ferry plan --build-order` gives, each batch installed with apt
#   before the next is built; finally the root loaded with node, with only
#   Debian's packages and ferry's installed.
# Prints figures (import seconds, packages, batches, build and install
# seconds, result); not part of make check: it needs the registry
# (npm's own configuration: npm_config_registry, else `npm config get
# registry`), Debian's archive and root.  Exit 0 when every root loaded.
set -u
TOP=$(cd "$(dirname "$0")/.." && pwd)
BUILD=$TOP/${1:-build}
shift || true
FERRY=$BUILD/ferry
W=$BUILD/closure
MIRROR=${DEBBUILD_MIRROR:-http://deb.debian.org/debian}
[ $# -gt 0 ] || set -- npm:debug npm:log-update@4 npm:bufferutil
# shellcheck source=../tests/chroot.sh
. "$TOP/tests/chroot.sh"

[ "$(id -u)" = 0 ] || { echo "closure: needs root (chroot and mounts)" >&2; exit 2; }
[ -x "$FERRY" ] || { echo "closure: no $FERRY; run make first" >&2; exit 2; }
if [ -z "${npm_config_registry:-}" ]; then
	npm_config_registry=$(npm config get registry 2>/dev/null) ||
		{ echo "closure: no npm registry configured (npm_config_registry)" >&2; exit 2; }
fi
export npm_config_registry
mkdir -p "$W"
chroot_tools || exit 2
# the tarball tests/debbuild.sh keeps, when there is one
[ -e "$TARBALL" ] || [ ! -e "$BUILD/debbuild/bookworm-buildd.tar" ] || ln -f "$BUILD/debbuild/bookworm-buildd.tar" "$TARBALL"
chroot_tarball || exit 4
chroot_packages "$W/Packages"
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1700000000}

# build_item ROOTFS SRC LOG: dpkg-buildpackage of /build/SRC as builder
build_item() {
	in_chroot "$1" "
		$REPO_UPDATE
		apt-get -q -y build-dep /build/$2
		cd /build/$2
		setpriv --reuid 1000 --regid 1000 --clear-groups env HOME=/home/builder \
			DEB_BUILD_OPTIONS=parallel=2 sh -ec '
			tar -xf ../*.orig.tar.* --strip-components=1
			# pkg-js-tools components, where dpkg-source -x puts them
			for c in ../*.orig-*.tar.*; do
				[ -e "\$c" ] || continue
				d=\${c##*.orig-}; d=\${d%%.tar.*}
				mkdir -p "\$d" && tar -xf "\$c" -C "\$d" --strip-components=1
			done
			dpkg-buildpackage -us -uc'
	" >"$3" 2>&1
}

# closure ROOT N: one root's whole run; prints its figures line
closure() {
	local spec=$1 n=$2 out=$W/$2 rootfs=$W/root
	local name=${spec#npm:}
	name=${name%@*}
	[ -n "$name" ] || name=${spec#npm:}
	rm -rf "$out" && mkdir -p "$out/logs"
	local t0 t1 t2 t3
	t0=$(date +%s.%N)
	if ! "$FERRY" import "$spec" --recursive -t debian -o "$out/src" --distro-index "$W/Packages" \
		>"$out/import.log" 2>&1; then
		echo "$spec: import failed: $(tail -1 "$out/import.log")"
		return 1
	fi
	t1=$(date +%s.%N)
	"$FERRY" plan "$spec" -t debian --distro-index "$W/Packages" --build-order >"$out/order" 2>"$out/plan.log" ||
		{ echo "$spec: plan --build-order failed: $(tail -1 "$out/plan.log")"; return 1; }
	# NAME@VERSION -> source folder, from the import's "debian: NAME V -> DIR" lines
	sed -n 's/^debian: \([^ ]*\) \([^ ]*\) -> [^ ]*\/\([^/ ]*\)\( (.*)\)*$/\1@\2 \3/p' "$out/import.log" >"$out/folders"
	local pkgs batches=0 built=0 failed=""
	pkgs=$(wc -l <"$out/folders")
	repo_reset
	new_root "$rootfs" || { echo "$spec: cannot unpack the chroot"; return 1; }
	local build_s=0 install_s=0 line item src
	while IFS= read -r line; do
		batches=$((batches + 1))
		local debs=()
		for item in ${line#*: }; do
			case "$item" in cycle\(*) failed="$failed $item(cycle)"; continue ;; esac
			item=${item%)}
			# a compat major embedded in its dependents: no package of its own
			grep -q "^debian: ${item%@*} ${item##*@} -> embedded" "$out/import.log" && continue
			src=$(awk -v i="$item" '$1 == i { print $2 }' "$out/folders")
			[ -n "$src" ] || { failed="$failed $item(not-imported)"; continue; }
			rm -rf "${rootfs:?}/build/"*
			cp -r "$out/src/$src" "$rootfs/build/$src"
			cp "$out/src/${src}"_*.orig.tar.* "$rootfs/build/"
			cp "$out/src/${src}"_*.orig-*.tar.* "$rootfs/build/" 2>/dev/null
			chown -R 1000:1000 "$rootfs/build"
			local b0
			b0=$(date +%s)
			if build_item "$rootfs" "$src" "$out/logs/$src.build.log"; then
				built=$((built + 1))
				mkdir -p "$out/debs"
				cp "$rootfs"/build/*.deb "$out/debs/"
				for f in "$rootfs"/build/*.deb; do debs+=("$(basename "$f")"); done
			else
				failed="$failed $src(build)"
			fi
			build_s=$((build_s + $(date +%s) - b0))
		done
		# the batch installed before the next one builds
		if [ ${#debs[@]} -gt 0 ]; then
			local i0
			i0=$(date +%s)
			(cd "$out/debs" && repo_add "${debs[@]}")
			local names
			names=$(cd "$out/debs" && for f in "${debs[@]}"; do dpkg-deb -f "$f" Package; done | grep -v -- '-dbgsym$')
			in_chroot "$rootfs" "$REPO_UPDATE; apt-get -q -y install $(echo $names)" \
				>"$out/logs/batch$batches.install.log" 2>&1 || failed="$failed batch$batches(install)"
			install_s=$((install_s + $(date +%s) - i0))
		fi
	done <"$out/order"
	t2=$(date +%s.%N)
	local loaded=no
	# loaded, and with its native addon when a package built is Architecture: any
	in_chroot "$rootfs" "cd /tmp && node -e \"require('$name');
		const n = Object.keys(require.cache).filter(f => f.endsWith('.node'));
		console.log('loaded' + (n.length ? ' native ' + n.join(' ') : ''))\"" >"$out/logs/load.log" 2>&1 && loaded=yes
	if [ $loaded = yes ] && ls "$out"/debs/*_amd64.deb >/dev/null 2>&1 && ! grep -q 'loaded native' "$out/logs/load.log"; then
		loaded="no(no-addon)"
	fi
	in_chroot "$rootfs" "dpkg-query -W -f '\${db:Status-Abbrev} \${Package} \${Version}\n' | sed -n 's/^ii  //p'" \
		>"$out/installed" 2>/dev/null
	t3=$(date +%s.%N)
	drop_root "$rootfs"
	printf '%-16s %6.2f %8s %7s %5s/%-5s %7s %9s %6s %6.0f  %s\n' "$spec" "$(awk "BEGIN { print $t1 - $t0 }")" "$pkgs" \
		"$batches" "$built" "$pkgs" "$build_s" "$install_s" "$loaded" "$(awk "BEGIN { print $t3 - $t0 }")" "${failed:-}"
	[ "$loaded" = yes ] && [ -z "$failed" ]
}

echo "closure: roots $*; registry from npm's configuration; distribution: the chroot's bookworm main"
printf '%-16s %6s %8s %7s %11s %7s %9s %6s %6s  %s\n' root import packages batches built build_s install_s loaded total failed
n=0 rc=0
for spec in "$@"; do
	n=$((n + 1))
	closure "$spec" "$n" || rc=1
done
exit $rc
