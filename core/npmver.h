/* npmver.h: npm versions and ranges, with node-semver's semantics.
 *
 * Versions are SemVer 2.0 as node-semver reads them in strict mode (a
 * leading "v" and surrounding blanks allowed, numbers at most 2^53-1,
 * at most 256 bytes).  Ranges follow node-semver's grammar: "||", hyphen
 * ranges, ^ ~ ~> x X *, partial versions, comparators; a pre-release
 * version only satisfies a comparator set that names a pre-release of the
 * same major.minor.patch.
 *
 * Ownership: npmver_parse/npmrange_parse fill caller-provided structs whose
 * strings and arrays they own; release them with npmver_free/npmrange_free
 * (safe on a zeroed struct).  No I/O here. */
#ifndef FERRY_NPMVER_H
#define FERRY_NPMVER_H

#include <stddef.h>
#include <stdint.h>

#include "interval.h"

#define NPMVER_MAX_LEN 256
#define NPMRANGE_MAX_LEN 4096

struct npmver {
	uint64_t major, minor, patch;
	char *pre;    /* dot-separated pre-release identifiers, "" if none */
	char *build;  /* build metadata, "" if none (ignored by comparisons) */
};

/* 0 on success; -1 with *why set to a static reason. */
int npmver_parse(const char *s, struct npmver *v, const char **why);
void npmver_free(struct npmver *v);
int npmver_cmp(const struct npmver *a, const struct npmver *b);
/* SemVer pre-release precedence; "" (a release) is the greatest. */
int npmver_pre_cmp(const char *a, const char *b);
char *npmver_str(const struct npmver *v);     /* M.m.p[-pre] */
/* What a caret requirement holds fixed (npm and Cargo alike): "4" for
 * 4.3.0, "0.13" for 0.13.1, "0.0.3" for 0.0.3 (eco.h's series). */
char *npmver_series(const struct npmver *v);
/* A distribution family's spelling (interval.h): pre-releases sort first
 * (1.0.0-beta.1 -> 1.0.0~beta.1, '-' inside it as sp->pre_hyphen); the
 * lowest pre-release "-0" becomes a bare "~". */
char *npmver_spell(const struct npmver *v, const struct verspell *sp);

enum npmop { NPMOP_ANY, NPMOP_EQ, NPMOP_LT, NPMOP_LE, NPMOP_GT, NPMOP_GE };

struct npmcmp {
	enum npmop op;
	struct npmver v;   /* unused for NPMOP_ANY */
};

struct npmset {          /* comparators joined by AND */
	struct npmcmp *c;
	size_t n;
};

struct npmrange {        /* sets joined by OR */
	struct npmset *sets;
	size_t n;
};

int npmrange_parse(const char *s, struct npmrange *r, const char **why);
void npmrange_free(struct npmrange *r);
int npmrange_test(const struct npmrange *r, const struct npmver *v);

/* The range as a union of intervals in a family's spelling (interval.h).  Pre-release admission
 * is a property of npm's matching that neither distro can state; the
 * interval is its hull. */
void npmrange_intervals(const struct npmrange *r, const struct verspell *t, struct ivlist *out);

/* An alias dependency's spec, as package.json writes it in place of a
 * range: "npm:NAME@RANGE", or "npm:NAME" (any version).  Hostile input:
 * at most NPMALIAS_MAX_LEN bytes; NAME a valid npm name (naming.h; scoped
 * "@scope/name" too), RANGE a valid range (npmrange_parse), no alias of
 * an alias.  npmalias_is says whether s is one at all (then a failed parse
 * is an error, not a range).  0 with *name and *range (caller frees; range
 * "*" for none), or -1 with *why (static). */
#define NPMALIAS_MAX_LEN (6 + 214 + NPMRANGE_MAX_LEN)
int npmalias_is(const char *s);
int npmalias_parse(const char *s, char **name, char **range, const char **why);

#endif
