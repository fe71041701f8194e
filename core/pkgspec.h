/* pkgspec.h: the one parser of a package on the command line,
 * ECO:NAME[@WANT]: ECO an ecosystem (core/eco.h), NAME as the registry
 * spells it (npm's "@scope/name" keeps its leading '@'), WANT whatever
 * follows the next '@' (a version, range, tag, or review's OLD..NEW: the
 * caller judges it).  Where the ecosystem spells a package with extras as
 * NAME[EXTRA] (PEP 508), NAME[A,B] gives the extras apart when asked.
 *
 * Ownership: the strings in a struct pkgspec are its own, freed by
 * pkgspec_free, also after a failure. */
#ifndef FERRY_PKGSPEC_H
#define FERRY_PKGSPEC_H

#include "eco.h"

struct pkgspec {
	const struct eco *eco;
	char *name;
	char *want;      /* NULL: no '@' after the name; may be "" */
	char *extras;    /* "a,b" from NAME[a,b] (PKGSPEC_EXTRAS); NULL: none */
};

enum pkgspec_flags {
	PKGSPEC_EXTRAS = 1,   /* take NAME[EXTRA,...] apart where the ecosystem spells extras so */
};

/* 0 with *s filled; -1 with *why NULL when ECO is missing or unknown (the
 * caller says what it expected, with eco_names()), -1 with *why (static)
 * when NAME is no package name of the ecosystem (s->name says which). */
int pkgspec_parse(const char *arg, unsigned flags, struct pkgspec *s, const char **why);
void pkgspec_free(struct pkgspec *s);

#endif
