/* Unified diffs by GNU diff (diffutils, essential on Debian), run through
 * fetch/tool.h: paths in the archive never become file names, they only
 * appear as diff's --label. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "review.h"
#include "../core/util.h"
#include "../fetch/tool.h"

#define MAX_DIFF (1u << 20)

int diff_unified(const char *path, const char *a, size_t alen, const char *b, size_t blen, char **out,
		 struct ferr *e)
{
	*out = NULL;
	if (alen == blen && memcmp(a, b, alen) == 0)
		return 0;
	char *la = xasprintf("a/%s", path), *lb = xasprintf("b/%s", path);
	char *argv[] = {"diff", "-u", "--label", la, "--label", lb, "--", "@0", "@1", NULL};
	struct tool_text in[] = {{a, alen}, {b, blen}};
	size_t size;
	char *what = xasprintf("%s: diff", path);
	int status, rc = -1;
	if (tool_run(what, argv, in, 2, MAX_DIFF, out, &size, &status, e) != 0)
		goto out;
	if (status > 1) {
		free(*out);
		*out = NULL;
		ferr_set(e, FERR_IO, "%s: diff: GNU diff failed", path);
		goto out;
	}
	if (!*out)
		*out = xasprintf("--- a/%s\n+++ b/%s\n(a diff of %zu bytes, over %u: not shown)\n", path, path, size,
				 MAX_DIFF);
	rc = 0;
out:
	free(la), free(lb), free(what);
	return rc;
}
