#!/bin/sh
# popular.sh [PACKAGES-FILE...]: writes review/popular/{npm,crate,pypi}.txt,
# the names `ferry review`'s typosquat rule compares against, from
#  - the bundled registry snapshots (tests/registry/{npm,crates,pypi}), and
#  - the names the distribution already packages: Debian's node-NAME,
#    python3-NAME and librust-NAME-dev binary packages, read from the given
#    Packages files (default: this host's /var/lib/apt/lists/*_Packages*).
# Deterministic for the same inputs: sorted, unique, one name a line.
# Review the diff before committing.  Larger lists (GuardDog's top-package
# lists, for instance) are for `ferry review --popular FILE`, not for here.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
out=$top/review/popular
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
[ $# -gt 0 ] || set -- /var/lib/apt/lists/*_Packages*
for f in "$@"; do
	case "$f" in
	*.lz4) lz4cat "$f" ;;
	*.xz) xzcat "$f" ;;
	*.gz) zcat "$f" ;;
	*) cat "$f" ;;
	esac
done | sed -n 's/^Package: //p' | sort -u >"$tmp/deb"
{
	sed -n 's/^node-//p' "$tmp/deb"
	(cd "$top/tests/registry/npm" && find . -type f ! -path './-/*' | sed 's|^\./||')
} | LC_ALL=C sort -u >"$out/npm.txt"
{
	sed -n 's/^python3-//p' "$tmp/deb" | grep -v -e '-dbg$' -e '-doc$'
	ls "$top/tests/registry/pypi/pypi"
} | LC_ALL=C sort -u >"$out/pypi.txt"
{
	sed -n 's/^librust-\(.*\)-dev$/\1/p' "$tmp/deb" | grep -v -e '+' -e '-[0-9][0-9.]*$'
	find "$top/tests/registry/crates" -mindepth 3 -type f ! -name '*.crate' ! -name '*.md' ! -name '*.sh' -printf '%f\n'
} | LC_ALL=C sort -u >"$out/crate.txt"
wc -l "$out"/*.txt
