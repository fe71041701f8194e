/* outdir.h: writing a writer's file tree to disk, all or nothing, without
 * losing a packager's work.
 *
 * Each top-level entry of the tree (a package tree OUT/TOP, or a file beside
 * it such as an orig tarball or plan-TARGET.json) has a record of what
 * ferry wrote there, OUT/.ferry/NAME.files (fetch/outrecord.h).  Before
 * writing, every entry that already exists is checked against its record:
 *   - a file ferry wrote, unchanged (same bytes and mode): ferry's, replaced
 *     or dropped by the new tree;
 *   - a file ferry wrote that was edited, or removed since: a problem;
 *     with OUTTREE_FORCE the new tree's version replaces it (an edited file
 *     the new tree no longer has is kept);
 *   - anything else (a file or folder the packager added; the whole entry
 *     when it has no record): a problem; with OUTTREE_FORCE it is carried
 *     over untouched (renamed, not copied) into the new tree, unless the new
 *     tree writes at its path: then it stays a problem even with
 *     OUTTREE_FORCE, since ferry never overwrites what it did not write.
 * With any problem nothing is written: -1, FERR_FOUND, one line per problem
 * in *problems ("OUT/TOP/debian/changelog: changed since ferry wrote it
 * (--force replaces it)").  A record that does not parse, or names a path
 * outside its entry, is refused: FERR_INPUT, nothing written.
 *
 * Writing: under the output folder's lock (fetch/outlock.h), with SIGINT,
 * SIGTERM and SIGHUP held back until the commit is whole or undone.  The
 * tree and the records are written under OUT/.ferry-new-S first (each file
 * fsynced), then per entry the old one is moved aside into OUT/.ferry-old-S,
 * what is carried over moves into the new one, the new one is renamed into
 * place and its record after it; a failure half way puts every entry and
 * record back.  The folders are fsynced, and both temporaries removed on
 * every path.  Temporaries a killed run left (ferry's own by name) are
 * finished or undone and removed under the lock before anything else: an
 * entry whose new tree was placed keeps it and gets its record; one whose
 * new tree was not gets its old tree back with what had been carried.
 *
 * The record keeps each file's generation (outtree.h's gen where set), and
 * each text file's generation is kept whole as OUT/.ferry/base/SHA256 (its
 * digest in the record): the merge base of ferry update.  Blobs are only
 * ever added; one that is there is the same bytes.  New ones are staged
 * with the trees and moved into place before the first entry, and taken
 * out again when the commit is undone.
 *
 * Ownership: problems' lines are appended and belong to the caller. */
#ifndef FERRY_OUTDIR_H
#define FERRY_OUTDIR_H

#include "../core/outtree.h"
#include "../core/err.h"
#include "../core/util.h"

#define OUTDIR_MAX_BASE (4u << 20)   /* larger files have no merge base */

enum outtree_flags {
	OUTTREE_FORCE = 1,
};

struct outtree_opts {
	unsigned flags;
	double lock_timeout;   /* seconds; 0: wait for ever */
	void (*waiting)(void *ctx, const char *dir);   /* another run holds the lock */
	void *ctx;
};

int outtree_commit(const struct outtree *t, const char *dir, const struct outtree_opts *o, struct strv *problems,
		   struct ferr *e);

#endif
