/* files.h: the filesystem helpers the output folder, the caches and the
 * ledger share. */
#ifndef FERRY_FILES_H
#define FERRY_FILES_H

#include <stddef.h>
#include <stdio.h>
#include <sys/types.h>

/* mkdir -p with the given mode for the folders it creates: 0, or -1 with
 * errno. */
int files_mkdirs(const char *path, mode_t mode);
/* The same, and in *made the outermost folder it created (NULL: none; the
 * caller frees), for files_unmake. */
int files_mkdirs_made(const char *path, mode_t mode, char **made);
/* Undoes files_mkdirs_made after a failure: path and its parents up to
 * made are removed while they are empty.  made NULL: nothing. */
void files_unmake(const char *path, const char *made);

/* ferry's cache folder for one kind of thing: $XDG_CACHE_HOME/ferry/SUB,
 * else ~/.cache/ferry/SUB; NULL when neither is set.  Caller frees. */
char *files_cache_dir(const char *sub);

/* Writing a file whole or not at all: the bytes go to a temporary file in
 * the same folder (".NAME.XXXXXX"), which is renamed over path, so that a
 * reader sees the old file or the new one, never half of one, and an
 * interrupted run leaves the old one.  With FILES_DURABLE (the ledger, the
 * output) the file is fsynced before the rename and the folder after it;
 * a cache may do without (a lost entry is a miss).  mode: the file's
 * permission bits.  0, or -1 with errno: nothing written, the temporary
 * file gone; when only the folder's fsync fails, a file that was not
 * there before is removed again. */
enum files_flags {
	FILES_DURABLE = 1,
};
int files_write_atomic(const char *path, const void *data, size_t len, mode_t mode, unsigned flags);
/* The same, the bytes written by fill on a stream (0, or -1 on failure):
 * for writers that take a FILE (libsolv's repo_write). */
int files_write_atomic_with(const char *path, mode_t mode, unsigned flags, int (*fill)(FILE *f, void *ctx),
			    void *ctx);

/* rm -rf, best effort; symbolic links are removed, never followed. */
void files_remove_tree(const char *path);

#endif
