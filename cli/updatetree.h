/* updatetree.h: a tree ferry generated, moved onto a new generation with
 * the packager's edits kept (ferry update).
 *
 * For each file of the new generation gen under OUT/TOP, against what
 * ferry wrote last (the tree's record, fetch/outrecord.h, and its merge
 * bases OUT/.ferry/base/SHA256, fetch/outdir.h) and the packager's copy on
 * disk:
 *   - unedited (the disk has the recorded bytes): the new generation;
 *   - edited: a three-way merge (cli/merge3.h) of the packager's copy, the
 *     base and the new generation; conflicts are kept as markers, their
 *     paths in r->conflicts; with no base at hand (an older ferry, a file
 *     over 4 MiB) the whole file is one conflict;
 *   - the family's changelog (core/family.h): its entries are the new
 *     generation's (which continues the packager's); only the part before
 *     the family's mark (the spec before %changelog) is merged, with the
 *     family's reset field (Fedora's Release:) taken as the new one's;
 *   - removed by the packager: left out (a note) and recorded as removed
 *     (core/outtree.h), so that later updates keep it out too;
 *   - the packager's own file at a path ferry now generates: theirs kept,
 *     left out of the tree (a note);
 *   - not a regular file on disk (a folder, a link): left out (a note).
 * Files beside TOP (an orig tarball) pass as they are.  Each merged file
 * carries the generation as its gen (core/outtree.h), so the record and
 * the next merge base are ferry's text, not the merge.  The tree is for
 * fetch/outdir.h with OUTTREE_FORCE: what is not in it (the packager's
 * files, edited files ferry no longer generates) is carried over.
 *
 * Ownership: *tree and r's lists are the caller's (outtree_free,
 * update_result_free). */
#ifndef FERRY_UPDATETREE_H
#define FERRY_UPDATETREE_H

#include "../core/err.h"
#include "../core/family.h"
#include "../core/outtree.h"
#include "../core/util.h"
#include "../fetch/outrecord.h"

struct update_result {
	struct strv conflicts;   /* "OUT/TOP/PATH: N conflicting hunks" */
	struct strv notes;       /* one line each: what was left as the packager had it */
	size_t merged;           /* files merged with a packager's edits */
};

/* The versions a merge looks through: old[k] in the packaging ferry
 * wrote becomes neu[k] in the new generation (the upstream version, its
 * distribution spelling).  Where a line ferry wrote changes only so, the
 * merge takes it as no change of ferry's (placeholders both sides), so
 * that an edit on the next line (a Patch0: under Source0:) merges
 * cleanly; the packager's own lines keep their versions. */
struct update_versions {
	const char *old[2], *neu[2];
	size_t n;
};

/* gen (the writer's tree for the new version) into *tree.  old_label and
 * new_label name the sides of a conflict ("ferry 1.0.0"); vs may be
 * NULL.  0, or -1 with e (a file that cannot be read, diff3 missing). */
int updatetree_merge(const char *out, const char *top, const struct family *f, const struct outrecord *rec,
		     const struct outtree *gen, const char *old_label, const char *new_label,
		     const struct update_versions *vs, struct outtree *tree, struct update_result *r,
		     struct ferr *e);

/* The packager's changelog entries in text (the file of f's changelog):
 * what follows f's mark line, or all of it; NULL when the mark is not
 * there.  Caller frees. */
char *updatetree_history(const struct family *f, const char *text);

void update_result_free(struct update_result *r);

#endif
