/* Three-way merges by GNU diff3 (merge3.h). */
#include "merge3.h"

#include <stdlib.h>
#include <string.h>

#include "../core/util.h"
#include "../fetch/tool.h"

#define MAX_MERGE (64u << 20)

static int same(struct merge_text a, struct merge_text b)
{
	return a.len == b.len && memcmp(a.data, b.data, a.len) == 0;
}

static void take(struct merge_text t, char **out, size_t *outlen)
{
	*out = xmalloc(t.len + 1);
	memcpy(*out, t.data, t.len);
	(*out)[t.len] = 0;
	*outlen = t.len;
}

/* the conflict markers diff3 -m wrote at the start of a line */
static int count_conflicts(const char *s, size_t len)
{
	int n = 0;
	for (size_t i = 0; i + 7 < len; i++)
		if ((i == 0 || s[i - 1] == '\n') && memcmp(s + i, "<<<<<<< ", 8) == 0)
			n++;
	return n;
}

int merge3(const char *path, struct merge_text yours, struct merge_text base, struct merge_text neu,
	   const char *base_label, const char *new_label, char **out, size_t *outlen, int *conflicts,
	   struct ferr *e)
{
	*out = NULL, *outlen = 0, *conflicts = 0;
	if (same(yours, base) || same(yours, neu)) {
		take(neu, out, outlen);
		return 0;
	}
	if (same(neu, base)) {
		take(yours, out, outlen);
		return 0;
	}
	char *what = xasprintf("%s: merge", path);
	char *argv[] = {"diff3", "-m", "-L", "yours", "-L", (char *)base_label, "-L", (char *)new_label,
			"--", "@0", "@1", "@2", NULL};
	struct tool_text in[] = {{yours.data, yours.len}, {base.data, base.len}, {neu.data, neu.len}};
	int status, rc = -1;
	if (tool_run(what, argv, in, 3, MAX_MERGE, out, outlen, &status, e) != 0)
		goto done;
	if (status > 1 || !*out) {
		free(*out);
		*out = NULL;
		ferr_set(e, FERR_IO, "%s: diff3 %s", what, status > 1 ? "failed" : "wrote more than 64 MiB");
		goto done;
	}
	*conflicts = status == 1 ? count_conflicts(*out, *outlen) : 0;
	if (status == 1 && !*conflicts)
		*conflicts = 1;
	rc = 0;
done:
	free(what);
	return rc;
}
