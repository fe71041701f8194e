/* patchcheck.h: whether a tree's patches still apply to a new upstream
 * artifact, as the build will apply them: Debian's debian/patches/series
 * in order, as quilt push -a does (-p1, or the -pN the series line says);
 * a spec's PatchN: files in order, as %autosetup -p1 does.  The family
 * says which (core/family.h: patch_series, patch_tag).
 *
 * The artifact's files (fetch/archive.h, under its limits, the top folder
 * stripped) are written to a scratch folder under $TMPDIR, each patch is
 * applied there for real by GNU patch (-N -f: no questions), one after
 * another, and the folder is removed: nothing in the output folder
 * changes.  GNU patch refuses names outside its folder.
 *
 * Ownership: failures' lines are the caller's. */
#ifndef FERRY_PATCHCHECK_H
#define FERRY_PATCHCHECK_H

#include <stddef.h>

#include "../core/err.h"
#include "../core/family.h"
#include "../core/util.h"

/* The patches of OUT/TOP (spec: the spec's text, for a patch tag) against
 * the artifact: *checked how many were tried; a line per failure in
 * failures ("OUT/TOP/debian/patches/x.patch: does not apply to 1.1.0:
 * ..."), the rest not tried after the first failure.  0, or -1 with e
 * (the artifact unreadable, no scratch folder, no GNU patch). */
int patchcheck(const struct family *f, const char *out, const char *top, const char *spec, const char *version,
	       const void *artifact, size_t len, size_t *checked, struct strv *failures, struct ferr *e);

#endif
