#!/usr/bin/env bash
# tests/pkgcheck.sh TOOLS DIR [NAME...]: the snapshot section's packaging
# checks (tests/run.sh) on the packages ferry wrote under DIR (only the top
# folders NAME... when given), for cases whose output is not in specs/
# (import --recursive, compat packages):
#   DIR/*/*.spec   librpmbuild's parse (TOOLS/specparse), rpmbuild -bs, rpmlint
#   DIR/*/debian/  dpkg-source -b with the orig tarball beside it, lintian
# Prints one line per check; exits 1 if any fails, or if DIR holds no
# package at all.
set -u
TOOLS=$1
DIR=$2
shift 2
wanted() { [ ${#NAMES[@]} -eq 0 ] && return 0; local n; for n in "${NAMES[@]}"; do [ "$n" = "$1" ] && return 0; done; return 1; }
NAMES=("$@")
work=$(mktemp -d "${TMPDIR:-/tmp}/ferry-pkgcheck.XXXXXX")
trap 'rm -rf "$work"' EXIT
failed=0
checked=0
bad() { failed=1; printf 'FAIL %s\n' "$1"; [ -n "${2:-}" ] && printf '%s\n' "$2" | sed 's/^/     /' | head -30; }
for spec in "$DIR"/*/*.spec; do
	[ -f "$spec" ] || continue
	pkg=$(basename "$spec" .spec)
	wanted "$pkg" || continue
	checked=$((checked + 1))
	s=$("$TOOLS/specparse" "$spec" 2>&1) && echo "ok   librpmbuild parses $pkg.spec" || bad "librpmbuild parses $pkg.spec" "$s"
	mkdir -p "$work/rpmbuild"
	if s=$(rpmbuild -bs --nodeps --define "_topdir $work/rpmbuild" --define "_sourcedir $(dirname "$spec")" "$spec" 2>&1); then
		echo "ok   rpmbuild -bs $pkg"
	else
		bad "rpmbuild -bs $pkg" "$s"
	fi
	s=$(rpmlint "$spec" 2>&1 || true)
	if grep -qE '^[^ ]+: E: ' <<<"$s" || ! grep -qE '[0-9]+ packages and [0-9]+ specfiles checked' <<<"$s"; then
		bad "rpmlint $pkg" "$s"
	else
		echo "ok   rpmlint $pkg"
	fi
done
for d in "$DIR"/*/debian/; do
	[ -d "$d" ] || continue
	src=$(dirname "$d")
	pkg=$(basename "$src")
	wanted "$pkg" || continue
	checked=$((checked + 1))
	orig=$(ls "$DIR/${pkg}"_*.orig.tar.gz 2>/dev/null | head -1)
	[ -n "$orig" ] || { bad "$pkg: no orig tarball"; continue; }
	mkdir -p "$work/deb/$pkg/$pkg"
	cp "$orig" "$work/deb/$pkg/"
	tar -xzf "$orig" -C "$work/deb/$pkg/$pkg" --strip-components=1
	for comp in "${orig%.orig.tar.gz}".orig-*.tar.gz; do   # embedded components (docs/compat.md)
		[ -e "$comp" ] || continue
		c=${comp##*.orig-}; c=${c%.tar.gz}
		cp "$comp" "$work/deb/$pkg/"
		mkdir -p "$work/deb/$pkg/$pkg/$c" && tar -xzf "$comp" -C "$work/deb/$pkg/$pkg/$c" --strip-components=1
	done
	cp -r "$d" "$work/deb/$pkg/$pkg/"
	if s=$(cd "$work/deb/$pkg" && dpkg-source -b "$pkg" 2>&1); then
		echo "ok   dpkg-source -b $pkg"
		s=$(lintian --tag-display-limit 0 "$work/deb/$pkg"/*.dsc 2>&1)
		if grep -qE '^E: ' <<<"$s"; then bad "lintian $pkg" "$s"; else echo "ok   lintian $pkg"; fi
	else
		bad "dpkg-source -b $pkg" "$s"
	fi
done
[ "$checked" -gt 0 ] || bad "no package under $DIR"
exit $failed
