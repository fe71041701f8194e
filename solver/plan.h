/* plan.h: the dependency closure of one registry package against a
 * distribution: for every package it needs, whether the distribution
 * already ships a version that satisfies the requirement (libsolv decides,
 * on the distribution's own provides), or which registry version must be
 * packaged new, as an update, or as a compat package of an older major.
 *
 * Registry versions enter lazily: only the best version for each
 * requirement the walk meets, fetched through the caller's function.
 *
 * Ownership: a struct plan owns its nodes and strings; plan_free. */
#ifndef FERRY_PLAN_H
#define FERRY_PLAN_H

#include <stddef.h>
#include <solv/pool.h>

#include "../convert/reader.h"
#include "../core/err.h"
#include "../core/interval.h"

enum plan_status { PLAN_DISTRO, PLAN_NEW, PLAN_UPDATE, PLAN_COMPAT, PLAN_UNRESOLVABLE };

struct plan_node {
	enum plan_status status;
	char *name;
	char *version;          /* the registry version to package, or NULL */
	char *range;            /* the requirement that pulled it in */
	char *required_by;      /* "NAME@VERSION", or "" for the root */
	char *distro_pkg;       /* the distribution package: satisfying (distro)
				   or present but too old (update); else NULL */
	char *distro_version;
	char *why;              /* unresolvable: the reason */
};

struct plan {
	struct plan_node *v;
	size_t n;
	struct strv edges;      /* "PARENT\tCHILD" between packages to build
				   (NAME@VERSION), every requirement once */
};

/* The registry's metadata document for a name (caller frees *doc). */
typedef int (*plan_fetch_fn)(void *ctx, const char *name, char **doc, size_t *len, struct ferr *e);
/* Optional: the documents of several names at once (in parallel), kept
 * for the fetch function to hand out; the walk calls it with every name
 * its queue will need before it fetches one. */
typedef void (*plan_prefetch_fn)(void *ctx, const char *const *names, size_t n);

/* pool: with the distribution's repositories loaded (distro.h) and its
 * disttype set; t: INTERVAL_RPM for Fedora, INTERVAL_DEB for Debian. */
int plan_build(Pool *pool, enum interval_target t, const struct reader *rd, plan_fetch_fn fetch,
	       plan_prefetch_fn prefetch, void *ctx, const char *root, const char *want, struct plan *out,
	       struct ferr *e);
void plan_free(struct plan *p);
const char *plan_status_str(enum plan_status s);

#endif
