/* gitsrc.h: a git repository's tree at one commit, read in memory as an
 * artifact is: `git archive` of the commit, read under the archive limits
 * (fetch/archive.h), every file's bytes kept.
 *
 * The repository is a local folder (read in place, never changed) or a URL
 * git understands (file://, https://, ...), cloned bare into a private
 * temporary folder that is removed on every path.  Only git runs, without
 * a shell; the commit comes from registry data, so it must be a hex object
 * name (7 to 64 digits), and tags are tried as given by the caller (made
 * from a checked version).
 *
 * Ownership: *out (pkgfiles_free) and *commit are the caller's. */
#ifndef FERRY_GITSRC_H
#define FERRY_GITSRC_H

#include <stddef.h>

#include "archive.h"
#include "../core/err.h"

/* 1 when s is a hex object name git could take as a commit */
int gitsrc_is_commit(const char *s);

/* The tree of source (a folder or a URL) at commit, or, when commit is
 * NULL, at the first of refs[0..nrefs-1] that names a commit (tags such
 * as "v1.2.3"): 0 with *out and the full commit in *commit; -1 with e:
 * FERR_INPUT when the commit or no ref is there, FERR_NET when a URL
 * cannot be cloned, FERR_IO when git cannot run. */
int gitsrc_tree(const char *source, const char *commit, const char *const *refs, size_t nrefs,
		struct pkgfiles *out, char **full, struct ferr *e);

#endif
