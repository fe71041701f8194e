/* npm behind the ecosystem table (eco.h). */
#include <stdlib.h>

#include "eco.h"
#include "naming.h"
#include "npmver.h"
#include "util.h"

static int satisfies(const char *range, const char *version, const char **why)
{
	struct npmrange r;
	struct npmver v;
	if (npmrange_parse(range, &r, why) != 0)
		return -1;
	if (npmver_parse(version, &v, why) != 0) {
		npmrange_free(&r);
		return -1;
	}
	int ok = npmrange_test(&r, &v);
	npmrange_free(&r);
	npmver_free(&v);
	return ok;
}

static int compare(const char *a, const char *b, int *out, const char **why)
{
	struct npmver va, vb;
	if (npmver_parse(a, &va, why) != 0)
		return -1;
	if (npmver_parse(b, &vb, why) != 0) {
		npmver_free(&va);
		return -1;
	}
	*out = npmver_cmp(&va, &vb);
	npmver_free(&va);
	npmver_free(&vb);
	return 0;
}

static char *translate(const char *version, const struct verspell *sp, const char **why)
{
	struct npmver v;
	if (npmver_parse(version, &v, why) != 0)
		return NULL;
	char *s = npmver_spell(&v, sp);
	npmver_free(&v);
	return s;
}

static char *pkgver(const char *version, const struct verspell *sp)
{
	const char *why;
	return translate(version, sp, &why);
}

static int intervals(const char *range, const struct verspell *t, struct ivlist *out, const char **why)
{
	struct npmrange r;
	if (npmrange_parse(range, &r, why) != 0)
		return -1;
	npmrange_intervals(&r, t, out);
	npmrange_free(&r);
	return 0;
}

static char *same(const char *s)
{
	return xstrdup(s);
}

static char *exact(const char *version)
{
	struct npmver v;
	const char *why;
	if (npmver_parse(version, &v, &why) != 0)
		return NULL;
	npmver_free(&v);
	return xstrdup(version);   /* a bare version is itself */
}

static char *series(const char *version)
{
	struct npmver v;
	const char *why;
	if (npmver_parse(version, &v, &why) != 0)
		return NULL;
	char *s = npmver_series(&v);
	npmver_free(&v);
	return s;
}

const struct eco eco_npm = {
	.name = "npm",
	.label = "npm",
	.doc_noun = "packument",
	.artifact_noun = "tarball",
	.invalid_name = naming_npm_invalid,
	.normal = same,
	.exact = exact,
	.series = series,
	.nests = 1,
	.deps = ECO_DEPS_KINDS,
	.hooks_key = "scripts",
	.semver_tags = 1,
	.satisfies = satisfies,
	.compare = compare,
	.translate = translate,
	.pkgver = pkgver,
	.intervals = intervals,
};
