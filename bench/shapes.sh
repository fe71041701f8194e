#!/bin/sh
# bench/shapes.sh [BUILD|FERRY] [SIZES] [SHAPES]: how long `ferry import`
# takes (both targets, wall clock and user CPU) for each hostile shape of
# issue 10 at growing sizes, through the CLI, with fixtures written by
# tests/hostile/make_shapes.py.  BUILD names a build folder of this tree
# (default build) or the path of another ferry binary (an older build, to
# compare); each run is capped at $CAP seconds (default 60): ">60" marks
# a run that hit the cap, "(>60)" the larger sizes not run after it.  Prints one table: shape, size, exit code,
# seconds.  Figures only; not part of make check.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
what=${1:-build}
sizes=${2:-"250 500 1000 2000 4000 8000 16000 32000"}
shapes=${3:-"pkginfo extras specs provides features npmdeps"}
cap=${CAP:-60}
case $what in
*/*) ferry=$what ;;
*) make -C "$top" --no-print-directory "$what/ferry" >/dev/null; ferry=$top/$what/ferry ;;
esac
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export SOURCE_DATE_EPOCH=1700000000 HOME="$tmp/home" LC_ALL=C.UTF-8
mkdir -p "$HOME"
# the size each shape's unit counts: lines, extras, specifiers, extras,
# features, dependencies; some shapes grow faster than others
scale() {
	case $1 in
	pkginfo) echo $(($2 * 8)) ;;
	provides) echo $(($2 * 4)) ;;
	npmdeps) echo $(($2 * 8)) ;;
	*) echo "$2" ;;
	esac
}
printf '%-9s %8s %4s %9s %9s\n' shape size exit wall_s user_s
for shape in $shapes; do
	capped=
	for s in $sizes; do
		n=$(scale "$shape" "$s")
		if [ -n "$capped" ]; then   # a larger one takes longer still
			printf '%-9s %8s %4s %9s %9s\n' "$shape" "$n" - "(>$cap)" -
			continue
		fi
		d=$tmp/$shape-$n
		python3 "$top/tests/hostile/make_shapes.py" "$shape" "$n" "$d/reg"
		case $shape in
		npmdeps) spec=npm:h-shape-$shape ;;
		features) spec=crate:h-shape-$shape ;;
		*) spec=pypi:h-shape-$shape ;;
		esac
		rc=0
		/usr/bin/time -f '%e %U' -o "$d/time" timeout "$cap" "$ferry" import "$spec" -t fedora -t debian \
			-o "$d/out" --registry "file://$d/reg/" >/dev/null 2>"$d/err" || rc=$?
		set -- $(tail -1 "$d/time")
		if [ "$rc" = 124 ]; then
			printf '%-9s %8s %4s %9s %9s\n' "$shape" "$n" - ">$cap" -
			capped=1
		else
			printf '%-9s %8s %4s %9s %9s\n' "$shape" "$n" "$rc" "$1" "$2"
		fi
		rm -rf "$d"
	done
done
