/* cargofeat.h: a crate's features, resolved the way Cargo resolves them,
 * for the writers: which dependencies each feature pulls in, and which
 * dependencies matter on Linux at all.
 *
 * Features come from [features] (p->features) and, for an optional
 * dependency X that no feature names as "dep:X", the implicit feature X
 * (Cargo's rule before and after 1.60).  "default" always exists.
 * Items: "G" enables feature G (or optional dependency G), "dep:X" the
 * dependency X, "X/f" feature f of X (enabling X), "X?/f" feature f of X
 * only if X is enabled anyway.
 *
 * Ownership: cargo_features fills an array the caller frees with
 * cargo_features_free. */
#ifndef FERRY_CARGOFEAT_H
#define FERRY_CARGOFEAT_H

#include <stddef.h>

#include "../core/model.h"

/* A requirement on a dependency: dep (index into p->deps) with default
 * features unless no_default, or one named feature of it. */
struct cdep {
	size_t dep;
	const char *feature;   /* NULL: the dependency itself; else one of its features */
};

struct cfeat {
	char *name;
	struct strv enables;   /* own features it names directly, sorted */
	struct cdep *direct;   /* dependencies it names directly */
	size_t ndirect;
	struct cdep *closure;  /* every dependency it pulls in, through its features */
	size_t nclosure;
};

/* 1 when a dependency's target (NULL, "cfg(...)" or a triple) can apply to
 * a Linux system: unix, target_os = "linux", any architecture. */
int cargo_target_linux(const char *target);

/* The dependencies a -devel package needs: normal and build ones, not
 * optional, for Linux. */
int cargo_dep_base(const struct dep *d);

/* Every feature, sorted by name. */
void cargo_features(const struct pkg *p, struct cfeat **out, size_t *n);
void cargo_features_free(struct cfeat *f, size_t n);

#endif
