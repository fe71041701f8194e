/* eco_semver.h: the descriptor slots of the ecosystems whose versions are
 * SemVer's (struct npmver: npm, and crates.io through Cargo's stricter
 * parser), for core/eco_npm.c and core/eco_crate.c only.  They differ in
 * the parser passed; strings returned are the caller's, *why static. */
#ifndef FERRY_ECO_SEMVER_H
#define FERRY_ECO_SEMVER_H

#include "interval.h"
#include "npmver.h"

typedef int (*semver_parse_fn)(const char *s, struct npmver *v, const char **why);

/* eco.h's compare, translate, pkgver and series over parse */
int semver_compare(semver_parse_fn parse, const char *a, const char *b, int *out, const char **why);
char *semver_translate(semver_parse_fn parse, const char *version, const struct verspell *sp, const char **why);
char *semver_series(semver_parse_fn parse, const char *version);
/* 1 when version parses */
int semver_valid(semver_parse_fn parse, const char *version);

#endif
