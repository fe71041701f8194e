#!/usr/bin/env bash
# tests/pkgcheck.sh TOOLS DIR [NAME...]: the snapshot section's packaging
# checks (tests/run.sh) on the packages ferry wrote under DIR (only the top
# folders NAME... when given), for cases whose output is not in specs/
# (import --recursive, compat packages):
#   DIR/*/*.spec   librpmbuild's parse (TOOLS/specparse), rpmbuild -bs, rpmlint,
#                  rpmbuild -bb when this rpm defines every macro the spec
#                  uses (else a "skip" line naming the Fedora-only ones)
#   TOOLS "-": only the rpmbuild -bb step on the specs (make debbuild's
#                  Fedora section, on specs/)
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
# fedora_only SPEC: the macros SPEC uses (not as %{?x}) that neither it
# defines nor this host's rpm: Fedora's packaging macros (nodejs-packaging,
# cargo-rpm-macros, pyproject-rpm-macros), which Debian's rpm lacks
fedora_only() {
	local x defs miss=
	defs=$(sed -n 's/^%\(global\|define\) \([A-Za-z_0-9]*\).*/\2/p' "$1")
	for x in $(grep -v '^%global\|^%define' "$1" | grep -o '%{!\?[A-Za-z_][A-Za-z0-9_]*\|%[A-Za-z_][A-Za-z0-9_]*' |
		sed 's/^%{!\?//; s/^%//' | sort -u); do
		case " description files prep build install check changelog package if endif else elif global define license doc ghost setup autosetup dir attr config exclude generate_buildrequires verify defattr with without nil ifarch ifnarch name version release " in
		*" $x "*) continue ;;
		esac
		grep -qx "$x" <<<"$defs" && continue
		[ -n "$(rpm --eval "%{?$x:1}")" ] && continue
		miss="$miss %$x"
	done
	echo "${miss# }"
}

# rpm_bb SPEC PKG: rpmbuild -bb (no build dependencies checked: the host
# is no Fedora), or the skip line saying which macros it lacks
rpm_bb() {
	local miss s
	miss=$(fedora_only "$1")
	if [ -n "$miss" ]; then
		echo "skip rpmbuild -bb $2: Fedora-only macros $miss, not in Debian's rpm"
		return
	fi
	mkdir -p "$work/rpmbuild"
	if s=$(rpmbuild -bb --nodeps --define "_topdir $work/rpmbuild" --define "_sourcedir $(dirname "$1")" "$1" 2>&1); then
		echo "ok   rpmbuild -bb $2"
	else
		bad "rpmbuild -bb $2" "$(tail -20 <<<"$s")"
	fi
}

bad() { failed=1; printf 'FAIL %s\n' "$1"; [ -n "${2:-}" ] && printf '%s\n' "$2" | sed 's/^/     /' | head -30; }
for spec in "$DIR"/*/*.spec; do
	[ -f "$spec" ] || continue
	pkg=$(basename "$spec" .spec)
	wanted "$pkg" || continue
	checked=$((checked + 1))
	if [ "$TOOLS" = - ]; then
		rpm_bb "$spec" "$pkg"
		continue
	fi
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
	rpm_bb "$spec" "$pkg"
done
for d in "$DIR"/*/debian/; do
	[ -d "$d" ] && [ "$TOOLS" != - ] || continue
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
