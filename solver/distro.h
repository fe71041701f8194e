/* distro.h: a distribution's package index as a libsolv repository.
 *
 * Debian Packages files and rpm-md primary.xml, in any compression
 * libarchive reads (plain, gzip, xz, lz4, zstd, bzip2: libsolv's own
 * solv_xfopen cannot read lz4 and returns garbage, so everything is
 * decompressed here first).  Each index is cached as a .solv file keyed by
 * the sha256 of its uncompressed bytes, under $XDG_CACHE_HOME/ferry/solv
 * (default ~/.cache/ferry/solv), and reloaded from there.
 *
 * Ownership: repositories belong to the pool (pool_free releases them). */
#ifndef FERRY_DISTRO_H
#define FERRY_DISTRO_H

#include <solv/pool.h>
#include <solv/repo.h>

#include "../core/err.h"
#include "../core/util.h"

enum distro_kind { DISTRO_DEB, DISTRO_RPM };

#define DISTRO_MAX_INDEX ((size_t)1 << 30)   /* uncompressed bytes */

struct distro_load {
	Repo *repo;
	enum distro_kind kind;
	int cached;          /* 1: read from the .solv cache */
	char *sha256;        /* of the uncompressed index */
};

/* Adds one index file to the pool as its own repository.  The pool's
 * disttype must match the index (pool_setdisttype).  0, or -1 with e set. */
int distro_load(Pool *pool, const char *path, struct distro_load *out, struct ferr *e);
void distro_load_free(struct distro_load *l);

/* The host's apt indexes: /var/lib/apt/lists/ *_Packages*, sorted. */
void distro_default_indexes(struct strv *out);

/* The kind of an index from its first bytes ("Package:" or an XML
 * <metadata> document); -1 if neither. */
int distro_sniff(const char *data, size_t len);

#endif
