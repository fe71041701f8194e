/* cargover.h: Cargo versions and requirements, with the semantics of the
 * Rust `semver` crate 1.x that Cargo uses.
 *
 * Versions are strict SemVer 2.0 (no leading "v", no blanks, no leading
 * zeros, numbers up to 2^64-1); they share struct npmver and its ordering
 * (npmver_cmp: SemVer precedence, build metadata ignored).  Requirements are
 * comma-separated comparators (AND): bare (= caret), ^ ~ = > >= < <=,
 * partial versions, wildcards (*, 1.*, 1.2.x); a pre-release version only
 * matches when some comparator names a pre-release of its major.minor.patch.
 *
 * Ownership: parse functions fill caller structs whose strings they own;
 * release with npmver_free / cargoreq_free (safe on zeroed structs). */
#ifndef FERRY_CARGOVER_H
#define FERRY_CARGOVER_H

#include <stddef.h>
#include <stdint.h>

#include "interval.h"
#include "npmver.h"

#define CARGOREQ_MAX_CMPS 32

int cargover_parse(const char *s, struct npmver *v, const char **why);

enum cargoop { CARGO_EXACT, CARGO_GT, CARGO_GE, CARGO_LT, CARGO_LE,
	       CARGO_TILDE, CARGO_CARET, CARGO_WILDCARD };

struct cargocmp {
	enum cargoop op;
	uint64_t major, minor, patch;
	int has_minor, has_patch;
	char *pre;           /* "" if none */
};

struct cargoreq {        /* n == 0: "*", any release */
	struct cargocmp *c;
	size_t n;
};

int cargoreq_parse(const char *s, struct cargoreq *r, const char **why);
void cargoreq_free(struct cargoreq *r);
int cargoreq_test(const struct cargoreq *r, const struct npmver *v);

/* The requirement as one interval (or none) in the target's spelling, the
 * way Fedora's Rust tooling bounds crate(...) dependencies.  Pre-release
 * admission cannot be stated in RPM or Debian relations; releases are
 * exact. */
void cargoreq_intervals(const struct cargoreq *r, const struct verspell *t, struct ivlist *out);

/* Debian relations in debcargo's form on the semver virtual packages:
 * base "librust-foo", suffix "-dev" or "+feat-dev".  Returns NULL when the
 * requirement matches no version.  sp: Debian's spelling (family.h). */
char *cargoreq_deb(const struct cargoreq *r, const char *base, const char *suffix, const struct verspell *sp);

#endif
