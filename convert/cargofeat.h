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

/* Every feature, sorted by name.  Closures come from one walk over the
 * graph of features (each feature's closure computed once, from those of
 * the features it enables), lookups by binary search: time about linear
 * in the features, their items and the closures' sizes.  A closure lists
 * the feature's own dependencies first, then those of the features it
 * enables in name order, first occurrences kept (a depth-first walk).
 * Where features enable each other in a cycle (old crates have them),
 * every closure is its own depth-first walk instead. */
void cargo_features(const struct pkg *p, struct cfeat **out, size_t *n);

/* Limits on what an index line's features may ask (the crates reader
 * refuses a line over one with cargo_features_check): far above real
 * crates (crates.io allows 300 features unless raised; web-sys has about
 * 1,600, the windows crates some hundreds). */
#define CARGO_MAX_FEATURES 10000        /* features of one version */
#define CARGO_MAX_FEATURE_ITEMS 200000  /* items of all its features */
#define CARGO_MAX_CLOSURE 200000        /* (dependency, feature) pairs in all closures */
#define CARGO_MAX_CYCLE_WALK 4000000    /* with a cycle: features visited by all walks */
#define CARGO_STR_(x) #x
#define CARGO_STR(x) CARGO_STR_(x)

/* 0, or -1 with *why (static text) when p's features exceed a limit above. */
int cargo_features_check(const struct pkg *p, const char **why);
void cargo_features_free(struct cfeat *f, size_t n);
/* The index of feature `name` in cargo_features' sorted array, or n. */
size_t cargo_feature_index(const struct cfeat *v, size_t n, const char *name);

#endif
