/* files.h: the filesystem helpers the output folder, the caches and the
 * ledger share. */
#ifndef FERRY_FILES_H
#define FERRY_FILES_H

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

/* rm -rf, best effort; symbolic links are removed, never followed. */
void files_remove_tree(const char *path);

#endif
