/* localfile.h: a small local configuration file read whole (npmrc,
 * Cargo's config.toml, pip.conf): at most max bytes, NUL-terminated,
 * owned by the caller; NULL (errno set) when it cannot be opened or read
 * whole (a read error is never a shorter file). */
#ifndef FERRY_LOCALFILE_H
#define FERRY_LOCALFILE_H

#include <stddef.h>

char *localfile_read(const char *path, size_t max, size_t *len);

#endif
