/* distpool.h: the one place a libsolv pool is built for a distribution
 * family from --distro-index options (ferry plan, ferry import
 * --recursive, ferry index, review's distro-version-gone rule).
 *
 * A family names its disttype by libsolv's own name ("rpm", "deb",
 * core/family.h); the table in distpool.c maps the name to libsolv's
 * DISTTYPE_*, to the index kind (distro.h) that disttype reads, to the
 * words for such an index, and to the path prefix ("rpmdb:") that claims
 * an index for it.  core/ stays free of libsolv headers; no code here
 * branches on a family or a disttype outside that table.
 *
 * Ownership: the pool returned is the caller's (pool_free); repositories
 * belong to the pool. */
#ifndef FERRY_DISTPOOL_H
#define FERRY_DISTPOOL_H

#include <solv/pool.h>

#include "distro.h"
#include "../core/err.h"
#include "../core/family.h"
#include "../core/util.h"

/* A new pool with f's disttype and architecture; NULL with e set when
 * libsolv has no disttype of that name (a descriptor error). */
Pool *distpool_new(const struct family *f, struct ferr *e);

/* Whether an index of this kind belongs to family f. */
int distpool_kind_of(const struct family *f, enum distro_kind kind);

/* An index of this kind in a message: "a Debian index", "an rpm
 * database" (path "rpmdb:..."), "a rpm-md index" (ferry index's words). */
const char *distpool_kind_what(const char *path, enum distro_kind kind);

/* Called after each index is loaded (l filled; the caller of distpool_load
 * frees it): 0 to go on, 1 to leave the index out (its repository is
 * emptied), -1 to stop with e set. */
typedef int (*distpool_each)(void *ctx, const char *path, const struct distro_load *l, struct ferr *e);

/* Each path into pool as its own repository, in order, each reported to
 * each (may be NULL).  The number of indexes kept, or -1 with e set
 * (distro_load's error as it is, or each's). */
long distpool_load(Pool *pool, const struct strv *paths, distpool_each each, void *ctx, struct ferr *e);

/* Indexes for family f from the user's list: all the paths, or the host's
 * (distro_default_indexes) when none was given. */
void distpool_paths(const struct strv *given, struct strv *out);

/* One index read into a pool of the kind it turns out to be, whatever
 * family that is: *l filled (caller frees with distro_load_free).  NULL
 * with e set. */
Pool *distpool_for_index(const char *path, struct distro_load *l, struct ferr *e);

#endif
