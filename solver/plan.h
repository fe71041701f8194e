/* plan.h: the dependency closure of one registry package against a
 * distribution, solved by libsolv: for every package it needs, whether the
 * distribution already ships a version that satisfies the requirement, or
 * which registry version must be packaged new, as an update, or as a
 * compat package of an older major.
 *
 * One pool holds the distribution's repositories (higher priority, so
 * libsolv takes from them whatever they satisfy) and a registry repository
 * whose solvables are registry versions split as distributions split them
 * (needs.h: base, features or extras, tests), named by slot (one version
 * per semver-major, or per major release series for PyPI), so that two
 * majors can be kept side by side while two versions of one slot conflict.
 * Registry versions enter lazily: for every range a chosen version
 * requires, the best version in it, fetched through the caller's function
 * (names the distribution satisfies are never fetched); then libsolv
 * solves the whole.  Problems are explained in words (explain.h).
 *
 * Ownership: a struct plan owns its nodes and strings; plan_free. */
#ifndef FERRY_PLAN_H
#define FERRY_PLAN_H

#include <stddef.h>
#include <solv/pool.h>

#include "../convert/reader.h"
#include "../core/err.h"
#include "../core/family.h"
#include "../core/interval.h"

enum plan_status { PLAN_DISTRO, PLAN_NEW, PLAN_UPDATE, PLAN_COMPAT, PLAN_UNRESOLVABLE };

struct plan_node {
	enum plan_status status;
	char *name;
	char *version;          /* the registry version to package, or NULL */
	char *range;            /* the requirement that pulled it in */
	char *required_by;      /* "NAME@VERSION", or "" for the root */
	char *feature;          /* the feature or extra it asked for, or NULL */
	enum dep_kind kind;     /* of that requirement: runtime, optional,
				   peer, dev (--with-tests), build (crates) */
	char *distro_pkg;       /* the distribution package: satisfying (distro)
				   or present but too old (update); else NULL */
	char *distro_version;
	char *why;              /* unresolvable: the reason */
	char *note;             /* what the packager must know of it, or NULL:
				   how its version was compared with the
				   distribution's, native code ("; " between) */
	struct strv features;   /* crate features or PyPI extras in use, sorted */
	char *bundle;           /* the distribution package that ships it inside
				   it ("node-mime" for mime-db) and that
				   package's own version; else NULL (bundle.h) */
	char *bundle_version;
	char *signed_by;        /* new, update, compat: the key ids that verified
				   the registry's signature, "" when it carries
				   none; NULL when the registry signs nothing */
	struct provenance *provenance;   /* new, update, compat: what its verified
				   provenance proves, or NULL */
	struct strv bundle_provides;   /* what else distro_pkg provides at one
				   version, "NAME\tVERSION" (bundle.h) */
};

struct plan {
	struct plan_node *v;
	size_t n;
	struct strv edges;      /* "PARENT\tCHILD" between packages to build
				   (NAME@VERSION), every requirement once */
	struct strv problems;   /* libsolv's problems, explained; the nodes
				   are then empty */
	struct strv left_out;   /* "PARENT\tNAME\tWHY": optional dependencies
				   not for the target's architecture, each once
				   (a writer drops them from what it recommends) */
};

struct plan_opts {
	const char *root;
	const char *want;          /* a version or range, or NULL */
	struct strv features;      /* crates: features of the root; PyPI: extras */
	int no_default;            /* crates: without the root's default feature */
	int with_tests;            /* dev-dependencies of every package built */
	int with_optional;         /* npm optionalDependencies (and optional peers) */
	const char *arch;          /* the target's architecture, the family's name
				      for it (family.h); NULL: the family's default.
				      An optional dependency whose platform fields
				      (npm os, cpu, libc) exclude it is left out, a
				      required one is unresolvable */
};

/* How the closure reaches the registry.  start asks for a name's
 * document, next hands back one that arrived (1, with *name as started,
 * borrowed until the next call, and *doc or *e), or 0 when none is in
 * flight: the closure grows from each document as soon as it arrives,
 * while the others travel.  fetch gets one document at once: a name's, or
 * with version set that version's own where the ecosystem has one.
 * Documents are the caller's to free. */
struct plan_fetcher {
	int (*fetch)(void *ctx, const char *name, const char *version, char **doc, size_t *len, struct ferr *e);
	void (*start)(void *ctx, const char *name);
	int (*next)(void *ctx, const char **name, char **doc, size_t *len, struct ferr *e);
	/* Optional: the registry's signature of a version the plan would
	 * package (new, update, compat), checked once each; it sets
	 * p->signed_by.  A failure is the caller's to report: the plan goes
	 * on, and the caller fails it. */
	int (*verify)(void *ctx, struct pkg *p);
	void *ctx;
};

/* pool: with the distribution's repositories loaded (distro.h) and its
 * disttype set; t: the distribution family (core/family.h). */
int plan_build(Pool *pool, const struct family *t, const struct reader *rd, const struct plan_fetcher *f,
	       const struct plan_opts *o, struct plan *out, struct ferr *e);
void plan_free(struct plan *p);
const char *plan_status_str(enum plan_status s);

#endif
