/* mirror.h: the mirror folder's store (issue 15).  Every artifact is kept
 * once, by the sha256 of its bytes, read-only, under
 *     DIR/store/sha256/AB/ABCD...      (AB: the digest's first two digits)
 * and the registries are served from DIR by any static web server: each
 * ecosystem's entries (the reader's mirror hooks, convert/reader.h) say
 * where its documents and artifact names lie (npm: DIR/npm/NAME/index.html
 * and DIR/npm/NAME/-/FILE.tgz, a hard link to the stored bytes, or a copy
 * where the folder's file system has no links).
 *
 * Writes are whole or not at all (fetch/files.h: files_write_atomic,
 * durable): a run that stops leaves the mirror as it was, or with new
 * stored artifacts nothing names yet (harmless: verify says so).  One run
 * at a time: mirror_open takes DIR/.ferry/lock (fetch/outlock.h) and holds
 * it until mirror_close.  The mirror's base URL (where it is served,
 * "http://host/mirror/") is kept in DIR/.ferry/mirror.url from the first
 * document written on; a first run that writes nothing leaves no folder.
 *
 * Ownership: a struct mirror owns its strings and lock (mirror_close);
 * strings returned are the caller's. */
#ifndef FERRY_MIRROR_H
#define FERRY_MIRROR_H

#include <stddef.h>

#include "outlock.h"
#include "../core/err.h"

struct mirror {
	char *dir;        /* DIR, no trailing '/' */
	char *url;        /* the base URL it is served at, ending in '/' */
	struct outlock lock;
	char *made;       /* the outermost folder mirror_open created, or NULL */
	int url_kept;     /* DIR/.ferry/mirror.url holds url */
};

/* DIR created if missing, locked; a folder that is neither a mirror nor
 * empty is refused (FERR_USAGE): ferry writes only over its own files.
 * url: the base URL (NULL: the one kept,
 * else file://DIR/, which ferry itself can use).  A url other than the one
 * kept is refused (FERR_USAGE): the documents already written name the
 * kept one.  0, or -1 with e. */
int mirror_open(struct mirror *m, const char *dir, const char *url, struct ferr *e);
void mirror_close(struct mirror *m);

/* data stored under its sha256 (kept when already there, after checking
 * it is the same bytes); *sha256 (hex) the caller's.  0, or -1 with e. */
int mirror_store(struct mirror *m, const void *data, size_t len, char **sha256, struct ferr *e);
/* The stored artifact sha256 also at DIR/rel (folders made; an existing
 * file there replaced atomically).  0, or -1 with e. */
int mirror_place(struct mirror *m, const char *sha256, const char *rel, struct ferr *e);
/* DIR/rel written whole (a document).  0, or -1 with e. */
int mirror_write(struct mirror *m, const char *rel, const char *data, size_t len, struct ferr *e);
/* DIR/rel read (at most max bytes): 0 with *data NULL when there is no such
 * file; -1 with e when it cannot be read. */
int mirror_read(const struct mirror *m, const char *rel, size_t max, char **data, size_t *len, struct ferr *e);

/* Checks the store: each file's sha256 is its name.  The first bad one in
 * *bad (caller frees), NULL when all are good; *count the files checked.
 * 0, or -1 with e when the folder cannot be read. */
int mirror_check_store(const char *dir, char **bad, size_t *count, struct ferr *e);

#endif
