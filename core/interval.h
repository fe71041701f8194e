/* interval.h: a version range as a union of intervals, in a distro's
 * spelling, and its rendering as an RPM rich dependency or a Debian relation.
 *
 * Ecosystem modules (npmver.h, ...) build the list, with bounds already
 * spelled for the target (struct verspell, from the distribution family's
 * descriptor, family.h); this module only writes dependency syntax.
 * Ownership: an ivlist owns its bound strings; ivlist_free releases them. */
#ifndef FERRY_INTERVAL_H
#define FERRY_INTERVAL_H

#include <stddef.h>

/* How a distribution family spells a translated version: the facts that
 * differ between RPM and dpkg, nothing else.  Pre-releases become "~pre"
 * and a dev release "~~dev" in every family. */
struct verspell {
	char pre_hyphen;        /* a '-' inside a SemVer pre-release: '_' RPM, '+' Debian */
	const char *post_sep;   /* before a PEP 440 post or local segment: "^" RPM, "+" Debian */
	/* A bare version sorts below its own revisions (dpkg: "1.0" < "1.0-1";
	 * rpm compares a versioned dependency without a release to any
	 * release): a strict low bound and an inclusive high bound then move
	 * to the successor, and "=" cannot be written exactly. */
	int revisions_above;
	/* with revisions_above: appended to X's widest spelling, sorts
	 * above X, its revisions and its "+dfsg"-style repacks, and below
	 * X's numeric and lettered successors ("X.1", dpkg's "X.post1"):
	 * Debian ".~" */
	const char *past_revisions;
};

enum bound_op {
	BOUND_NONE,   /* unbounded on this side */
	BOUND_INCL,   /* >= on the low side, <= on the high side */
	BOUND_EXCL,   /* >  on the low side, <  on the high side */
};

struct bound {
	enum bound_op op;
	char *ver;    /* distro spelling; NULL when op == BOUND_NONE */
};

struct interval {
	struct bound lo, hi;
	int exact;    /* lo == hi, both inclusive: rendered as "=" */
};

struct ivlist {
	struct interval *v;
	size_t n;
	int any;      /* some alternative admits every version */
	int sorted;   /* v is ascending and disjoint (lets Debian be exact) */
};

void ivlist_push(struct ivlist *l, struct interval iv);  /* takes the strings */
void ivlist_free(struct ivlist *l);

/* "(npm(foo) >= 1.2.3 with npm(foo) < 2.0.0~)", "(A or B)", "npm(foo)".
 * Returns NULL when the list is empty (no version can match). */
char *interval_rpm(const char *cap, const struct ivlist *l);

/* Debian relations for Depends: "node-foo (>= 1.2.3), node-foo (<< 2.0.0~)"
 * or "node-foo (<< 1) | node-foo (>= 2~)".  A sorted list is written
 * exactly as clauses: the outer bounds, and "(<< a) | (>> b)" for each gap.
 * Otherwise, when the union cannot be written exactly, the highest
 * alternative is kept (the safe side: a subset of the range) and *note gets
 * a sentence saying so (caller frees; NULL when exact).  Returns NULL when
 * the list is empty. */
char *interval_deb(const char *pkg, const struct ivlist *l, char **note);

#endif
