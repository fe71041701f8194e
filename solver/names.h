/* names.h: which upstream packages a distribution already ships.
 *
 * The rules are the (family x ecosystem) pairs' (core/family.h: upstream):
 * Fedora's packages say so themselves (npm(NAME), crate(NAME) and
 * python3dist(NAME) provides, with the version); Debian's do not, so the
 * names are derived from package names (node-X, librust-X-dev,
 * python3-X through dh-python's mapping data) and from Provides node-Y
 * (= V) of bundled modules.  Each found name records the rule that found
 * it.  The family is the first whose disttype reads indexes of the kind
 * (solver/distpool.h); each pair's rules are tried on a package's name,
 * then on each of its Provides at one version but its own name.  The
 * family's upstream_version gives the upstream version back (Debian: the
 * epoch, the revision and the repack suffixes go).
 *
 * Ownership: names_recover fills an array the caller frees with
 * names_free; `rule` and `eco` strings are static. */
#ifndef FERRY_NAMES_H
#define FERRY_NAMES_H

#include <solv/pool.h>

#include "distro.h"

struct upname {
	const char *eco;     /* "npm", "crate", "pypi" */
	char *name;          /* upstream spelling as recovered */
	char *version;       /* upstream version */
	const char *rule;    /* which rule found it */
	Id solvable;         /* the distribution package */
};

void names_recover(Pool *pool, Repo *repo, enum distro_kind kind, struct upname **out, size_t *n);
void names_free(struct upname *v, size_t n);

/* Whether two spellings name one upstream package of eco, as its registry
 * normalises names (eco.h): npm exactly, crates with '-' and '_' alike and
 * any case, PyPI by PEP 503.  0 for an unknown ecosystem. */
int names_same(const char *eco, const char *a, const char *b);

#endif
