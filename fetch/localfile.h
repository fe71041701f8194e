/* localfile.h: the one checked read of a whole local file (npmrc,
 * Cargo's config.toml, pip.conf, an audits file): at most max bytes, NUL-terminated,
 * owned by the caller; NULL (errno set) when it cannot be opened or read
 * whole (a read error is never a shorter file). */
#ifndef FERRY_LOCALFILE_H
#define FERRY_LOCALFILE_H

#include <stddef.h>

#include "../core/err.h"

char *localfile_read(const char *path, size_t max, size_t *len);

/* A configuration file that may be absent: 0 with *text NULL when there is
 * no such file, 0 with *text (caller frees) and *len when it was read
 * whole; -1 with e set (FERR_IO, naming the path and why) when it exists
 * but cannot be read, or is larger than max, since carrying on without
 * it would silently change what ferry does (another registry, say). */
int localfile_config(const char *path, size_t max, char **text, size_t *len, struct ferr *e);

#endif
