/* eco.h: what the CLI and the writers need from an ecosystem's version
 * model, behind one table, so that adding crates.io or PyPI is one entry.
 *
 * Strings returned are owned by the caller.  On failure a function returns
 * -1 (or NULL) with *why pointing to a static reason. */
#ifndef FERRY_ECO_H
#define FERRY_ECO_H

#include "family.h"
#include "interval.h"

struct eco {
	const char *name;                        /* "npm" */
	/* 1 satisfies, 0 does not, -1 error */
	int (*satisfies)(const char *range, const char *version, const char **why);
	/* -1/0/1 in *out; returns 0, or -1 on error */
	int (*compare)(const char *a, const char *b, int *out, const char **why);
	/* a version in a family's spelling (interval.h, family.h) */
	char *(*translate)(const char *version, const struct verspell *sp, const char **why);
	/* the range as intervals in a family's spelling; 0 or -1 */
	int (*intervals)(const char *range, const struct verspell *sp, struct ivlist *out, const char **why);
	/* distribution names for its packages: the (family x ecosystem) pairs
	 * in core/family_*.c (family.h) */
};

const struct eco *eco_find(const char *name);
const char *eco_names(void);                 /* "npm, crate, pypi" for messages */

/* A dependency expression on package `name` for the family f, from a
 * range, through the (family x ecosystem) pair.  Returns NULL with *why set
 * when the range is invalid or matches nothing, or f does not package the
 * ecosystem; *note (caller frees, may be NULL) explains an inexact
 * rendering. */
char *eco_render_dep(const struct eco *e, const char *name, const char *range,
		     const struct family *f, char **note, const char **why);

#endif
