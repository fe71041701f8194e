/* distro.h: a distribution's package index as a libsolv repository.
 *
 * Index files: Debian Packages files and rpm-md primary.xml, in any
 * compression libarchive reads (plain, gzip, xz, lz4, zstd, bzip2:
 * libsolv's own solv_xfopen cannot read lz4 and returns garbage, so
 * everything is decompressed here first).  Each is cached as a .solv file
 * named by the sha256 of the index file as it lies on disk, under
 * $XDG_CACHE_HOME/ferry/solv (default ~/.cache/ferry/solv), and reloaded
 * from there; the cache's stat index (statidx.h) remembers which .solv
 * file an unchanged index file (by its stat) has, so a warm load
 * neither reads nor hashes the index.
 *
 * "rpmdb:ROOT": the rpm database of the system installed under the
 * directory ROOT ("rpmdb:/" is the host's), found where rpm's configuration
 * puts it (%_dbpath) or at Fedora's and openSUSE's places
 * (/usr/lib/sysimage/rpm, /var/lib/rpm, /usr/share/rpm), read through
 * librpm, read-only, each header converted by libsolv
 * (repo_add_rpm_handle; libsolv's repo_add_rpmdb takes a missing database
 * for an empty one, and Debian's build of it reads ~/.rpmdb whatever the
 * root).  Kind DISTRO_RPM.  Its .solv file is named by the sha256 of the database
 * files' stat signature: reading headers costs far more than stat.
 *
 * The .solv cache keeps what ferry's solving reads of a package (name,
 * version, arch, dependencies, files, multiarch, source), not its summary,
 * description or download data: under a quarter of the size (bookworm
 * main: 17 MB -> 3.9 MB), loaded twice as fast.
 *
 * Ownership: repositories belong to the pool (pool_free releases them);
 * distro_load_free releases a struct distro_load's strings. */
#ifndef FERRY_DISTRO_H
#define FERRY_DISTRO_H

#include <solv/pool.h>
#include <solv/repo.h>

#include "../core/err.h"
#include "../core/util.h"

enum distro_kind { DISTRO_DEB, DISTRO_RPM };

/* How an index came into the pool. */
enum distro_how {
	DISTRO_PARSED,       /* read and parsed (and cached when it could be) */
	DISTRO_CACHED,       /* its .solv file, found by the index's sha256 */
	DISTRO_CACHED_STAT,  /* its .solv file, found by the index's stat */
};

#define DISTRO_MAX_INDEX ((size_t)1 << 30)   /* bytes, compressed or not */

struct distro_load {
	Repo *repo;
	enum distro_kind kind;
	enum distro_how how;
	int stored;          /* DISTRO_PARSED: its .solv file was written */
	char *sha256;        /* of the index file; of an rpmdb's stat signature */
};

/* Adds one index (a file, or "rpmdb:ROOT") to the pool as its own
 * repository.  The pool's disttype must match the index
 * (pool_setdisttype).  0, or -1 with e set (FERR_IO: unreadable or
 * missing; FERR_INPUT: not an index). */
int distro_load(Pool *pool, const char *path, struct distro_load *out, struct ferr *e);
void distro_load_free(struct distro_load *l);

/* The host's apt indexes: /var/lib/apt/lists/ *_Packages*, sorted. */
void distro_default_indexes(struct strv *out);

/* The kind of an index from its first bytes ("Package:" or an XML
 * <metadata> document); -1 if neither. */
int distro_sniff(const char *data, size_t len);

/* The words for how, as ferry index says them: "parsed", "cached",
 * "cached-by-stat". */
const char *distro_how_str(enum distro_how how);

#endif
