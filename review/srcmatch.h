/* srcmatch.h: a registry artifact compared with the tree of its source
 * commit, as OSS Rebuild compares a rebuild with what the registry serves:
 * the files the ecosystem's own pack step would ship from the tree
 * (reader.h's pack: npm's "files" and .npmignore, Cargo's include and
 * exclude, everything of an sdist's tree) against the artifact's, byte for
 * byte.  Order, times, modes and owners do not count; the files the pack
 * step writes itself (reader.h's pack_generated: Cargo.toml normalised,
 * PKG-INFO, ...) are listed apart, never as a mismatch.
 *
 * Ownership: a struct srcmatch owns its strings (srcmatch_free). */
#ifndef FERRY_SRCMATCH_H
#define FERRY_SRCMATCH_H

#include <stddef.h>

#include "../convert/reader.h"
#include "../core/err.h"
#include "../core/util.h"
#include "../fetch/archive.h"

#define SRCMATCH_DIFF_LINES 40    /* a differing file's diff, cut at */
#define SRCMATCH_DIFF_TOTAL 400   /* all of them */

struct srcmatch {
	char *source;                /* the repository as given (--source) */
	char *commit;                /* the full commit compared */
	char *how;                   /* where the commit came from: "provenance
					(verified)", "gitHead (the package's word)",
					"tag v1.2.3", "--source-ref" ... */
	char *subdir;                /* the package's folder in it, "" the top */
	size_t same;
	struct strv only_artifact;   /* shipped, but not in the source's selection */
	struct strv differ;          /* in both, other bytes */
	struct strv missing;         /* selected from the source, not shipped */
	struct strv generated;       /* written by the pack step */
	struct strv diffs;           /* unified diffs, source as a/, artifact as b/ */
	size_t diff_lines_cut;
};
void srcmatch_free(struct srcmatch *m);

/* art: the artifact's files (bytes kept); src: the whole tree at the
 * commit; subdir: the package's folder in it (NULL or "": the top).  0
 * with *out filled (source, commit, how set by the caller), or -1 with e
 * (the pack rules could not read the tree's manifest, a diff failed). */
int srcmatch_run(const struct pkgfiles *art, const struct pkgfiles *src, const char *subdir, const struct reader *rd,
		 struct srcmatch *out, struct ferr *e);

#endif
