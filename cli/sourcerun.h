/* sourcerun.h: ferry review --source: the commit a version names (its
 * verified provenance first, then the package's own record: npm's
 * gitHead, crates' .cargo_vcs_info.json; else the tags v1.2.3, 1.2.3 and
 * NAME@1.2.3; --source-ref REF wins over all), that commit's tree from the
 * repository given (fetch/gitsrc.h), and the artifact compared with it
 * (review/srcmatch.h); printed for people or as JSON.
 *
 * Ownership: *out (srcmatch_free) is the caller's; inputs borrowed. */
#ifndef FERRY_SOURCERUN_H
#define FERRY_SOURCERUN_H

#include <jansson.h>

#include "../core/err.h"
#include "../core/model.h"
#include "../fetch/archive.h"
#include "../fetch/registry.h"
#include "../review/srcmatch.h"

/* 0 with *out, or -1 with e (no commit to compare with, git failed, the
 * commit is not in the repository). */
int sourcerun(const struct registry *reg, const char *source, const char *ref, const struct pkg *p,
	      const struct pkgfiles *art, struct srcmatch *out, struct ferr *e);
/* The comparison as review prints it (diffs: with the unified diffs). */
void sourcerun_print(const struct srcmatch *m, int diffs);
/* The same as JSON (a new reference). */
json_t *sourcerun_json(const struct srcmatch *m);

#endif
