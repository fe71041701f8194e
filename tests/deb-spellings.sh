#!/bin/bash
# deb-spellings.sh FERRY ORACLE TABLE [ECO]: each line of TABLE (tests/
# fixtures/pypi/deb-spellings.tsv, tests/fixtures/semver/deb-spellings.tsv)
# is a range of ECO (pypi by default, or npm), a Debian version and the
# upstream version it packages.  ferry's Debian relation for the range is
# evaluated with dpkg --compare-versions (clauses joined by ",", each an OR
# of "(OP VERSION)"); the verdict must equal the ecosystem's reference
# (ORACLE, reading "RANGE<TAB>VERSION" lines: python3-packaging's
# "satisfies", node-semver) for the upstream version.  Prints one line per
# disagreement and exits 1 if there is any; else a count.
set -u
ferry=$1 oracle=$2 table=$3 eco=${4:-pypi}
declare -A op=(["<<"]=lt ["<="]=le ["="]=eq [">="]=ge [">>"]=gt)
admits() {   # relation debver
	local rel=$1 ver=$2 clause alt
	local IFS=','
	for clause in $rel; do
		local ok=no
		IFS='|'
		for alt in $clause; do
			if [[ $alt =~ \(([<>=]+)\ ([^\)]+)\) ]]; then
				dpkg --compare-versions "$ver" "${op[${BASH_REMATCH[1]}]}" "${BASH_REMATCH[2]}" && ok=yes
			else
				ok=yes
			fi
		done
		IFS=','
		[ $ok = yes ] || { echo no; return; }
	done
	echo yes
}
n=0 bad=0
grep -v '^#' "$table" | cut -f1,3 >"${TMPDIR:-/tmp}/deb-spellings.$$"
mapfile -t want < <($oracle <"${TMPDIR:-/tmp}/deb-spellings.$$")
rm -f "${TMPDIR:-/tmp}/deb-spellings.$$"
while IFS=$'\t' read -r spec debver up; do
	case "$spec" in "#"* | "") continue ;; esac
	rel=$("$ferry" version range "$eco" "$spec" --to deb --name x) || { echo "ferry refused $spec"; bad=1; continue; }
	got=$(admits "$rel" "$debver")
	if [ "$got" != "${want[$n]}" ]; then
		echo "$spec on $debver ($up): reference ${want[$n]}, dpkg $got: $rel"
		bad=1
	fi
	n=$((n + 1))
done <"$table"
[ $bad = 0 ] && echo "$n Debian spellings, dpkg agrees with the reference on each"
exit $bad
