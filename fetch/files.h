/* files.h: the filesystem helpers the output folder, the caches and the
 * ledger share. */
#ifndef FERRY_FILES_H
#define FERRY_FILES_H

#include <sys/types.h>

/* mkdir -p with the given mode for the folders it creates: 0, or -1 with
 * errno. */
int files_mkdirs(const char *path, mode_t mode);

/* ferry's cache folder for one kind of thing: $XDG_CACHE_HOME/ferry/SUB,
 * else ~/.cache/ferry/SUB; NULL when neither is set.  Caller frees. */
char *files_cache_dir(const char *sub);

/* rm -rf, best effort; symbolic links are removed, never followed. */
void files_remove_tree(const char *path);

#endif
