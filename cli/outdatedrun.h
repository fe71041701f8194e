/* outdatedrun.h: what a distribution ships of npm, crates.io and PyPI
 * (the names ferry index recovers, solver/names.h) against what their
 * registries have now, for ferry outdated.
 *
 * One row per (ecosystem, upstream name, distribution package): the
 * upstream version that package carries, the registry's newest release in
 * the same series (core/eco.h: the slot rule), its newest release of all,
 * and so a status.  Registry documents are fetched in parallel
 * (fetch/registry.h's registry_multi, the HTTP cache honoured).
 *
 * Ownership: a struct outdated owns its rows and their strings
 * (outdated_free). */
#ifndef FERRY_OUTDATEDRUN_H
#define FERRY_OUTDATEDRUN_H

#include <stddef.h>

#include "../core/err.h"
#include "../core/family.h"
#include "../core/util.h"

enum outdated_status {
	OUTDATED_CURRENT,     /* nothing newer in its series, nor beyond */
	OUTDATED_BEHIND,      /* a newer release in its series: an update */
	OUTDATED_MAJOR,       /* only a newer series: a new major, a compat question */
	OUTDATED_AHEAD,       /* the distribution carries a version the registry does not list as newest */
	OUTDATED_GONE,        /* the registry does not have the package */
	OUTDATED_UNCHECKED,   /* no registry configured for it, or its document failed */
};

struct outdated_row {
	const char *eco;           /* static */
	char *name;                /* upstream spelling as recovered */
	char *pkg, *pkgver;        /* the distribution package and its version */
	char *version;             /* the upstream version it carries */
	const char *rule;          /* the naming rule that found it (static) */
	char *slot_newest;         /* newest release in the version's series, or NULL */
	char *newest;              /* newest release, or NULL */
	enum outdated_status status;
	char *why;                 /* GONE, UNCHECKED: why; a name read by the
				      family's alternatives (family.h): from what */
	int vetted;                /* -1 not asked, 0 no, 1 yes: slot_newest by the ledger */
	long long cost;            /* -1 not asked or unknown; the delta's review cost */
	char *cost_why;            /* its breakdown, or why unknown */
};

struct outdated {
	struct outdated_row *v;
	size_t n;
	struct strv notes;         /* one line each: an ecosystem not checked, and why */
};

/* The rows of the indexes (paths, read as family f's) for the ecosystems
 * in ecos (empty: all), each checked against its registry (regs: "ECO=URL"
 * overrides; else the ecosystem's own configuration, fetch/registry.h),
 * parallel documents at once.  0, or -1 with e (an index that cannot be
 * read). */
int outdated_gather(const struct family *f, const struct strv *paths, const struct strv *ecos,
		    const struct strv *regs, size_t parallel, struct outdated *out, struct ferr *e);

/* For each BEHIND row: whether ledger (a folder, or NULL: not asked)
 * vets its slot_newest, and with cost set the review cost of the delta
 * from the distribution's version (cli/vetrun.h).  Artifacts fetched one
 * package at a time. */
void outdated_review(struct outdated *o, const struct strv *regs, const char *ledger, int trust, int cost);

const char *outdated_status_str(enum outdated_status s);
void outdated_free(struct outdated *o);

#endif
