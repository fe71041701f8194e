/* Unit tests for review_cap_diffs: the impersonation report keeps the
 * first lines of each diff and a total, and says what it left out.
 * Prints "ok - NAME" / "not ok - NAME". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/util.h"
#include "review/review.h"

static int failed;

static void check(const char *name, int cond)
{
	printf("%s - %s\n", cond ? "ok" : "not ok", name);
	if (!cond)
		failed = 1;
}

/* a diff of n lines: "l0\nl1\n..." */
static char *lines(size_t n)
{
	struct buf b = {0};
	for (size_t i = 0; i < n; i++)
		buf_printf(&b, "l%zu\n", i);
	return buf_steal(&b);
}

static void three(struct review *r, size_t a, size_t b, size_t c)
{
	memset(r, 0, sizeof *r);
	r->files = xcalloc(4, sizeof *r->files);
	r->nfiles = 4;
	const size_t n[] = {a, 0, b, c};
	for (size_t i = 0; i < 4; i++) {
		r->files[i].path = xasprintf("f%zu", i);
		r->files[i].status = 'M';
		r->files[i].diff = i == 1 ? NULL : lines(n[i]);   /* f1: a binary, no diff */
	}
}

int main(void)
{
	struct review r;
	three(&r, 3, 5, 2);
	review_cap_diffs(&r, 10, 100);
	check("cap: short diffs untouched", r.diff_lines_cut == 0 && strcmp(r.files[0].diff, "l0\nl1\nl2\n") == 0 &&
						   r.files[1].diff == NULL);
	review_free(&r);

	three(&r, 6, 3, 2);
	review_cap_diffs(&r, 4, 100);
	check("cap: per file", r.diff_lines_cut == 2 &&
				      strcmp(r.files[0].diff, "l0\nl1\nl2\nl3\n(2 more lines of this diff not shown: diffs are cut at 4 lines a file, 100 in all)\n") == 0 &&
				      strcmp(r.files[2].diff, "l0\nl1\nl2\n") == 0);
	review_free(&r);

	three(&r, 4, 4, 4);
	review_cap_diffs(&r, 10, 6);
	check("cap: in all", r.diff_lines_cut == 6 && strcmp(r.files[0].diff, "l0\nl1\nl2\nl3\n") == 0 &&
				    strncmp(r.files[2].diff, "l0\nl1\n(2 more lines", 19) == 0 &&
				    strcmp(r.files[3].diff, "(4 more lines of this diff not shown: diffs are cut at 10 lines a file, 6 in all)\n") == 0);
	review_free(&r);

	three(&r, 1, 1, 1);
	review_cap_diffs(&r, 0, 0);
	check("cap: nothing kept, one line said", r.diff_lines_cut == 3 &&
							strcmp(r.files[0].diff, "(1 more line of this diff not shown: diffs are cut at 0 lines a file, 0 in all)\n") == 0);
	review_free(&r);
	return failed;
}
