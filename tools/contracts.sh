#!/bin/sh
# contracts.sh: how far the two extension contracts (DESIGN.md: Extension
# contracts) have leaked.  Prints, for the C sources outside tests/:
#   eco-branches   lines that branch on an ecosystem's name (strcmp or a
#                  lookup by a literal name) outside the ecosystem
#                  descriptors (core/eco_*.c) and readers (convert/{npm,crates,pypi}.c)
#   distro-sites   lines that choose by distribution family (INTERVAL_RPM/DEB,
#                  int rpm/debian flags, a literal "fedora"/"debian" compared)
#                  outside the distribution descriptors (core/family_*.c);
#                  libsolv's disttypes and ferry's index kinds (DISTTYPE_*,
#                  DISTRO_DEB/RPM, pool->disttype compared) outside the index
#                  loaders (solver/distro.[ch]) and the rows of the disttype
#                  table (solver/distpool.c), and disttypes named "rpm"/"deb"
#                  outside the descriptors; a (family x ecosystem) pair's package
#                  names ("node-", "librust-", "python3-", "npm(", "crate(",
#                  "python3dist(") in solver/ and cli/ code
#   long-functions functions over 100 and over 120 lines, the longest named
# Usage: tools/contracts.sh [-v]   (-v lists every site)
cd "$(dirname "$0")/.." || exit 2
v=${1:-}
src=$(find core convert solver review fetch cli ferry.c -name '*.[ch]' | sort)
eco=$(grep -nE '(strcmp|eco_find|source_find|reader_find|registry_find)\([^;]*"(npm|crate|crates|pypi)"' $src |
	grep -vE '^(core/eco_[a-z]+\.c|convert/(npm|crates|pypi)\.c):')
dis=$(grep -nE 'INTERVAL_RPM|INTERVAL_DEB|\bint (rpm|deb|debian)\b|writers\[2\]|strcmp\([^;]*"(fedora|debian)"|\b(rpm|deb|debian) \?' $src |
	grep -vE '^core/family_[a-z]+\.c:'
	grep -nE 'DISTTYPE_[A-Z]|DISTRO_(DEB|RPM)\b|disttype [!=]=|"(rpm|deb)"' $(echo "$src" | grep -E '\.c$' | grep -v '^core/family_') |
		grep -vE '^[^:]*:[0-9]+:[[:space:]]*(\*|/\*)|^solver/distro\.c:|^solver/distpool\.c:[0-9]+:	\{"'
	grep -nE '"(node-|librust-|python3-|python3dist\(|npm\(|crate\()' $(echo "$src" | grep -E '^(solver|cli)/.*\.c$'))
count() { [ -z "$1" ] && echo 0 || printf '%s\n' "$1" | wc -l; }
files() { [ -z "$1" ] && echo 0 || printf '%s\n' "$1" | cut -d: -f1 | sort -u | wc -l; }
echo "eco-branches: $(count "$eco") lines in $(files "$eco") files"
[ "$v" = -v ] && [ -n "$eco" ] && printf '%s\n' "$eco" | sed 's/^/  /'
echo "distro-sites: $(count "$dis") lines in $(files "$dis") files"
[ "$v" = -v ] && [ -n "$dis" ] && printf '%s\n' "$dis" | sed 's/^/  /'
awk 'FNR == 1 { name = "" }
     /^[a-z_].*\(/ && !/;$/ { name = FILENAME ":" $0 }
     /^\{/ { start = FNR }
     /^\}/ && start { n = FNR - start - 1; if (n > 100) print n "\t" name; start = 0 }' $(echo "$src" | grep '\.c$') |
	sort -rn > /tmp/contracts.$$
echo "long-functions: $(awk '$1 > 100' /tmp/contracts.$$ | wc -l) over 100 lines, $(awk '$1 > 120' /tmp/contracts.$$ | wc -l) over 120"
if [ "$v" = -v ]; then sed 's/^/  /; s/(.*//' /tmp/contracts.$$; else head -1 /tmp/contracts.$$ | sed 's/^/  longest: /; s/(.*//'; fi
rm -f /tmp/contracts.$$
