/* eco.h: what the CLI and the writers need from an ecosystem's version
 * model, behind one table, so that adding crates.io or PyPI is one entry.
 *
 * Strings returned are owned by the caller.  On failure a function returns
 * -1 (or NULL) with *why pointing to a static reason. */
#ifndef FERRY_ECO_H
#define FERRY_ECO_H

#include "interval.h"

struct eco {
	const char *name;                        /* "npm" */
	/* 1 satisfies, 0 does not, -1 error */
	int (*satisfies)(const char *range, const char *version, const char **why);
	/* -1/0/1 in *out; returns 0, or -1 on error */
	int (*compare)(const char *a, const char *b, int *out, const char **why);
	char *(*translate)(const char *version, enum interval_target t, const char **why);
	/* the range as intervals in the target's spelling; 0 or -1 */
	int (*intervals)(const char *range, enum interval_target t, struct ivlist *out, const char **why);
	/* distro names for a package of this ecosystem */
	char *(*rpm_cap)(const char *name);      /* "npm(NAME)" */
	char *(*deb_pkg)(const char *name);      /* "node-NAME" */
	/* Debian relations written by the ecosystem itself (debcargo's form
	 * for crates), or NULL to render the intervals on deb_pkg */
	char *(*deb_dep)(const char *name, const char *range, const char **why);
};

const struct eco *eco_find(const char *name);
const char *eco_names(void);                 /* "npm, crate, pypi" for messages */

/* A dependency expression on package `name` for the target, from a range.
 * Returns NULL with *why set when the range is invalid or matches nothing;
 * *note (caller frees, may be NULL) explains an inexact Debian rendering. */
char *eco_render_dep(const struct eco *e, const char *name, const char *range,
		     enum interval_target t, char **note, const char **why);

#endif
