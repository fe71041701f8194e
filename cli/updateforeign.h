/* updateforeign.h: ferry update of a Debian source tree ferry did not
 * write (as apt-get source unpacks one): the packaging is the packager's
 * own and the base, so ferry changes only what follows from the new
 * version's metadata, the way uupdate does, in a new tree beside the old
 * one (which stays as it is):
 *   OUT/SOURCE-NEWUP/   the new upstream files (the verified artifact, its
 *                       top folder stripped), the old tree's component
 *                       folders, and its debian/ with
 *     debian/changelog  a new top entry (NEWUP-1, the epoch and a "+~"
 *                       component suffix kept), saying what changed, the
 *                       review that vetted it, and what was not translated
 *     debian/control    the first binary package's Depends: a relation on
 *                       a dependency of the new version moved to its new
 *                       lower bound (or rendered whole where it had an
 *                       upper one), a new dependency added, a dropped one
 *                       removed; every other clause as the packager wrote
 *                       it; the source's Build-Depends the same way where
 *                       it lists the old version's runtime dependencies
 *                       (for the tests), a new one added with the
 *                       restriction theirs carry ("<!nocheck>").  Pairs
 *                       that write their own relation forms
 *                       (debcargo's per-feature packages) are not touched,
 *                       which the entry says.
 *   OUT/SOURCE_NEWUP.orig.tar.EXT and each component's orig tarball under
 *   the new name (the same bytes).
 * The family is the one whose changelog file the tree has (core/family.h);
 * the ecosystem and name come from the pairs' naming rules applied to its
 * binary packages (core/family.h: upstream).
 *
 * Ownership: a struct foreign owns its strings (foreign_free). */
#ifndef FERRY_UPDATEFOREIGN_H
#define FERRY_UPDATEFOREIGN_H

#include <stddef.h>

#include "../core/eco.h"
#include "../core/err.h"
#include "../core/family.h"
#include "../core/model.h"
#include "../core/outtree.h"
#include "../core/util.h"

struct foreign {
	const struct family *fam;
	const struct eco *eco;
	char *source;       /* "node-debug" */
	char *version;      /* the changelog's top version: "4.3.4+~cs4.1.7-1" */
	char *upstream;     /* the upstream version it carries: "4.3.4" */
	char *name;         /* the upstream name: "debug" */
	char *changelog;    /* the files as they are */
	char *control;
};

/* OUT/TOP read as a Debian tree: 0, or 1 when it is none (no family's
 * changelog there), or -1 with e (a changelog or control that does not
 * read, no binary package naming an upstream package). */
int foreign_read(const char *out, const char *top, struct foreign *f, struct ferr *e);

/* What the new tree says of the update, besides the files. */
struct foreign_opts {
	const struct pkg *old;      /* the old version's metadata, or NULL: no relation is dropped */
	const struct pkg *p;        /* the new version, read */
	const char *artifact;       /* its verified artifact */
	size_t len;
	const char *packager, *reviewed, *dist;
	long long date;
};

/* The new tree into *t (t->top its name) and one line per change into
 * changes (also in the changelog entry).  0, or -1 with e. */
int foreign_tree(const struct foreign *f, const char *out, const char *top, const struct foreign_opts *o,
		 struct outtree *t, struct strv *changes, struct ferr *e);

/* The parts of foreign_read that read text, for tests and fuzzing: f's
 * fam, changelog and control set, the rest filled from them (where names
 * the tree in messages).  0, or -1 with e. */
int foreign_parse(struct foreign *f, const char *where, struct ferr *e);
/* f's control with its first binary package's Depends moved as above (a
 * copy of it when there is nothing to move), each change a line in
 * changes.  Caller frees. */
char *foreign_depends(const struct foreign *f, const struct foreign_opts *o, struct strv *changes);

void foreign_free(struct foreign *f);

#endif
