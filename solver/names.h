/* names.h: which upstream packages a distribution already ships.
 *
 * Fedora's packages say so themselves: npm(NAME), crate(NAME) and
 * python3dist(NAME) provides, with the version.  Debian's do not, so the
 * names are derived, and each found name records the rule that found it:
 *   npm:   binary node-X (node-types-X is @types/X); Provides node-Y (= V)
 *          for modules a package bundles
 *   crate: librust-X-dev (X with '-', as debcargo names it), and the compat
 *          packages librust-X-0.2-dev of older semver-majors
 *   pypi:  python3-X through dh-python's mapping data, else python3-X
 * Debian versions give the upstream version back: the epoch, the revision
 * and the repack suffixes (+dfsg, ~ds, +ds, +~cs..., +repack) go.
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

/* "1:2.28.1+dfsg-1" -> "2.28.1" (caller frees) */
char *names_upstream_version(const char *debver);

#endif
