/* Unit tests for review_cap_diffs: the impersonation report keeps the
 * first lines of each diff and a total, and says what it left out; for the
 * registry history review reads through the readers, and the dependency
 * kinds npm's reader decides.  Prints "ok - NAME" / "not ok - NAME". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "convert/reader.h"
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

static int history_of(const char *eco, const char *doc, struct history *h, struct ferr *e)
{
	memset(h, 0, sizeof *h);
	return history_read(eco, "x", doc, strlen(doc), h, e);
}

static void histories(void)
{
	struct history h;
	struct ferr e = {0};
	int rc = history_of("npm", "{\"versions\":{\"1.0.0\":{},\"1.1.0\":{\"deprecated\":\"use 2\"}},"
			    "\"time\":{\"created\":\"2020-01-01T00:00:00Z\",\"1.0.0\":\"2020-01-02T00:00:00Z\","
			    "\"0.9.0\":\"2019-12-31T00:00:00Z\"}}", &h, &e);
	check("history npm: versions, deprecation, unpublished, created",
	      rc == 0 && h.n == 2 && strcmp(h.v[0].time, "2020-01-02T00:00:00Z") == 0 && h.v[1].deprecated &&
	      strcmp(h.v[1].deprecated, "use 2") == 0 && h.unpublished.n == 1 &&
	      strcmp(h.unpublished.v[0], "0.9.0") == 0 && strcmp(h.first, "2020-01-01T00:00:00Z") == 0);
	history_free(&h);
	rc = history_of("crate", "{\"name\":\"x\",\"vers\":\"0.1.0\",\"pubtime\":\"2021-01-01T00:00:00Z\"}\n"
			"{\"name\":\"x\",\"vers\":\"0.2.0\",\"yanked\":true}\n", &h, &e);
	check("history crate: one line a version, yanked, first time",
	      rc == 0 && h.n == 2 && h.v[1].yanked && strcmp(h.first, "2021-01-01T00:00:00Z") == 0);
	history_free(&h);
	rc = history_of("crate", "{\"name\":\"x\",\"vers\":\"0.1.0\",\"vers\":\"9.9.9\"}\n", &h, &e);
	check("history crate: a key twice in an index line is refused", rc == -1 && e.kind == FERR_INPUT);
	history_free(&h);
	ferr_clear(&e);
	rc = history_of("pypi", "{\"releases\":{\"1.0\":[{\"upload_time_iso_8601\":\"2022-01-01T00:00:00Z\","
			"\"yanked\":true}],\"2.0\":[]}}", &h, &e);
	check("history pypi: a release yanked when all its files are",
	      rc == 0 && h.n == 2 && h.v[0].yanked && !h.v[1].yanked && strcmp(h.first, "2022-01-01T00:00:00Z") == 0);
	history_free(&h);
	rc = history_of("pypi", "{\"name\":\"x\",\"files\":[{\"filename\":\"x-1.0.tar.gz\",\"url\":\"x-1.0.tar.gz\","
			"\"upload-time\":\"2021-05-01T00:00:00Z\",\"yanked\":\"broken\"},"
			"{\"filename\":\"x-2.0.tar.gz\",\"url\":\"x-2.0.tar.gz\"}]}", &h, &e);
	check("history pypi: a Simple API page (PEP 691) lists its releases, yanked with a reason",
	      rc == 0 && h.n == 2 && history_find(&h, "1.0") && history_find(&h, "1.0")->yanked &&
		      !history_find(&h, "2.0")->yanked && strcmp(history_find(&h, "1.0")->time, "2021-05-01T00:00:00Z") == 0);
	history_free(&h);
	rc = history_of("gem", "{}", &h, &e);
	check("history: an unknown ecosystem is an error, nobody's default", rc == -1 && e.kind == FERR_USAGE);
	history_free(&h);
	ferr_clear(&e);
	check("typo_normal: an unknown ecosystem has no normal form", typo_normal("gem", "x") == NULL);
}

/* npm's select: the kinds are final, an optional peer is its own */
static void npm_kinds(void)
{
	const char *doc = "{\"name\":\"k\",\"dist-tags\":{\"latest\":\"1.0.0\"},\"versions\":{\"1.0.0\":{"
			  "\"dependencies\":{\"a\":\"^1\",\"o\":\"^1\"},\"optionalDependencies\":{\"o\":\"^1\"},"
			  "\"peerDependencies\":{\"p\":\"^1\",\"q\":\"^1\"},\"peerDependenciesMeta\":{\"q\":{\"optional\":true}},"
			  "\"devDependencies\":{\"t\":\"^1\",\"Bad Name\":\"^1\"},"
			  "\"dist\":{\"tarball\":\"k.tgz\"}}}}";
	struct pkg p = {0};
	struct ferr e = {0};
	char *art = NULL;
	int rc = npm_reader.select(doc, strlen(doc), "k", NULL, &p, &art, &e);
	enum dep_kind want[] = {DEP_RUNTIME, DEP_OPTIONAL, DEP_PEER, DEP_PEER_OPTIONAL, DEP_OPTIONAL, DEP_DEV};
	const char *names[] = {"a", "o", "p", "q", "o", "t"};
	int ok = rc == 0 && p.ndeps == 6;
	for (size_t i = 0; ok && i < 6; i++)
		ok = strcmp(p.deps[i].name, names[i]) == 0 && p.deps[i].kind == want[i];
	check("npm select: final kinds from the registry's manifest, a bad entry skipped", ok);
	check("dep kinds: an optional peer is optional", dep_kind_optional(DEP_PEER_OPTIONAL) &&
	      dep_kind_optional(DEP_OPTIONAL) && !dep_kind_optional(DEP_PEER) &&
	      strcmp(dep_kind_str(DEP_PEER_OPTIONAL), "optional peer") == 0);
	free(art);
	pkg_free(&p);
	ferr_clear(&e);
}

int main(void)
{
	histories();
	npm_kinds();
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
