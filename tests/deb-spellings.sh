#!/bin/bash
# deb-spellings.sh FERRY ORACLE TABLE: each line of TABLE (tests/fixtures/
# pypi/deb-spellings.tsv) is a PEP 440 specifier set, a Debian version and
# the upstream version it packages.  ferry's Debian relation for the set is
# evaluated with dpkg --compare-versions (clauses joined by ",", each an OR
# of "(OP VERSION)"); the verdict must equal python3-packaging's for the
# upstream version (ORACLE satisfies).  Prints one line per disagreement
# and exits 1 if there is any; else a count.
set -u
ferry=$1 oracle=$2 table=$3
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
mapfile -t want < <($oracle satisfies <"${TMPDIR:-/tmp}/deb-spellings.$$")
rm -f "${TMPDIR:-/tmp}/deb-spellings.$$"
while IFS=$'\t' read -r spec debver up; do
	case "$spec" in "#"* | "") continue ;; esac
	rel=$("$ferry" version range pypi "$spec" --to deb --name x) || { echo "ferry refused $spec"; bad=1; continue; }
	got=$(admits "$rel" "$debver")
	if [ "$got" != "${want[$n]}" ]; then
		echo "$spec on $debver ($up): packaging ${want[$n]}, dpkg $got: $rel"
		bad=1
	fi
	n=$((n + 1))
done <"$table"
[ $bad = 0 ] && echo "$n Debian spellings, dpkg agrees with packaging on each"
exit $bad
