/* repack.h: a package archive rewritten without some members, with
 * libarchive, deterministically (members keep their order and metadata;
 * the gzip header carries no timestamp).  Distributions repack upstream
 * tarballs to drop prebuilt binaries (Debian's "+ds" versions).
 * Ownership: *out belongs to the caller. */
#ifndef FERRY_REPACK_H
#define FERRY_REPACK_H

#include <stddef.h>

#include "archive.h"
#include "../core/err.h"

/* Members for which drop(path-after-first-component, ctx) is nonzero are
 * left out.  The input has passed archive_read's checks already.  Member
 * names are UTF-8 whatever the process's locale (pax headers carry them
 * so); a name that is not UTF-8 is refused (FERR_INPUT). */
int archive_repack(const void *data, size_t len, int (*drop)(const char *path, void *ctx), void *ctx,
		   char **out, size_t *outlen, const char *what, struct ferr *e);

#endif
