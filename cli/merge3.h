/* merge3.h: a three-way merge of one text file, for ferry update: the
 * packager's copy (yours), what ferry generated last (base, the merge
 * base kept in OUT/.ferry/base/) and what ferry generates now (new), by
 * GNU diff3 -m (diffutils, essential on Debian) through fetch/tool.h.
 *
 * A conflict is written diff3's way, each side labelled:
 *     <<<<<<< yours
 *     ...the packager's lines
 *     ||||||| ferry 1.0.0
 *     ...ferry's lines of the last generation
 *     =======
 *     ...ferry's lines now
 *     >>>>>>> ferry 1.1.0
 *
 * Ownership: *out is the caller's (NUL-terminated at *outlen). */
#ifndef FERRY_MERGE3_H
#define FERRY_MERGE3_H

#include <stddef.h>

#include "../core/err.h"

struct merge_text {
	const char *data;
	size_t len;
};

/* yours, base and new merged into *out: 0 with *conflicts the number of
 * conflicting hunks (0: a clean merge), or -1 with e (FERR_IO: diff3
 * missing or failing; "PATH: merge: ..."). Equal sides are settled
 * without diff3.  labels: base's and new's ("ferry 1.0.0"). */
int merge3(const char *path, struct merge_text yours, struct merge_text base, struct merge_text neu,
	   const char *base_label, const char *new_label, char **out, size_t *outlen, int *conflicts,
	   struct ferr *e);

#endif
