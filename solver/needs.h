/* needs.h: what one registry version requires and provides, in the
 * target distribution's vocabulary, for the closure solver (plan.c).
 *
 * A version enters the solver as units, the way distributions split it:
 *   base     the package itself
 *   feature  a crate feature (Fedora's rust-X+F-devel, debcargo's
 *            librust-X+F-dev) or a PyPI extra (python3-X+E): it provides
 *            the feature's name and requires its own base at the same
 *            version plus what the feature pulls in
 *   test     what building it with its tests needs (npm devDependencies,
 *            crate dev-dependencies, PyPI's test/tests/testing extras)
 *
 * Ownership: needs_of fills an array of needs the caller frees with
 * needs_free; returned strings are the caller's. */
#ifndef FERRY_NEEDS_H
#define FERRY_NEEDS_H

#include <stddef.h>
#include <solv/pool.h>

#include "../core/err.h"
#include "../core/family.h"
#include "../core/interval.h"
#include "../core/model.h"

struct need {
	char *name;       /* the registry name to fetch */
	char *cap;        /* what is required of it: NAME, crate NAME/FEATURE,
			     PyPI NAME[EXTRA] */
	char *range;      /* upstream syntax */
	char *feature;    /* the cap's feature or extra, or NULL */
	enum dep_kind kind;
};

/* The needs of one unit (feature: the feature's or extra's name).
 * optional: npm optionalDependencies count.  *self gets the version's own
 * features a feature unit turns on (crates).  0, or -1 with e. */
int needs_of(const struct pkg *p, enum unit_kind k, const char *feature, const struct family *t, int optional,
	     struct need **v, size_t *n, struct strv *self, struct ferr *e);
void needs_free(struct need *v, size_t n);

/* The features (crates) or extras (PyPI) a version has, sorted. */
void needs_features(const struct pkg *p, struct strv *out);

/* A need as a libsolv dependency, matching exactly the versions the range
 * admits: RPM's rich dependency as the writers render it; on Debian,
 * debcargo's relation for crates, and for npm and PyPI the union of
 * intervals itself (a Depends line cannot always state a union; libsolv
 * can).  0 with *why when the range is invalid or matches nothing. */
Id needs_dep(Pool *pool, const char *eco, const struct need *nd, const struct family *t, const char **why);

/* What a unit provides: capability names, each to be provided at the
 * unit's version (needs_evr). */
void needs_provides(const struct pkg *p, enum unit_kind k, const char *feature, const struct family *t,
		    struct strv *out);
char *needs_evr(const char *eco, const char *version, const struct family *t);

/* The distribution's name for the package, to ask whether it ships any
 * version of it (caller frees); NULL for an unknown ecosystem. */
char *needs_bare(const char *eco, const char *name, const struct family *t);

/* The slot a version lives in: the ecosystem's series (eco.h), what its
 * default requirement holds together; distributions ship one version per
 * slot.  "4", "0.2", "0.0.3"; NULL if the version does not parse or the
 * ecosystem is unknown. */
char *needs_slot(const char *eco, const char *version);

#endif
