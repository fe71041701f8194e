/* outdir.h: writing a writer's file tree to disk, all or nothing per
 * entry: everything is written under a temporary folder inside the output
 * folder first, then each top-level entry is renamed into place (an older
 * entry of the same name is moved aside and removed).  Each file is
 * fsynced before the renames, the output folder after them.  On failure
 * nothing of the new tree is left behind. */
#ifndef FERRY_OUTDIR_H
#define FERRY_OUTDIR_H

#include "../core/outtree.h"
#include "../core/err.h"

int outtree_commit(const struct outtree *t, const char *dir, struct ferr *e);

#endif
