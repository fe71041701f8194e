/* npm behind the ecosystem table (eco.h). */
#include <stdlib.h>

#include "eco.h"
#include "eco_semver.h"
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
	return semver_compare(npmver_parse, a, b, out, why);
}

static char *translate(const char *version, const struct verspell *sp, const char **why)
{
	return semver_translate(npmver_parse, version, sp, why);
}

static char *pkgver(const char *version, const struct verspell *sp)
{
	const char *why;
	return translate(version, sp, &why);
}

static int intervals(const char *range, const struct verspell *t, struct ivlist *out, const char **why)
{
	struct npmrange r;
	if (npmalias_is(range)) {   /* the reader resolves good aliases: this one is bad */
		char *n = NULL, *a = NULL;
		if (npmalias_parse(range, &n, &a, why) == 0)
			*why = "an alias (npm:NAME@RANGE) where a range belongs";
		free(n), free(a);
		return -1;
	}
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
	return semver_valid(npmver_parse, version) ? xstrdup(version) : NULL;
}

static char *series(const char *version)
{
	return semver_series(npmver_parse, version);
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
	.hooks_key = "scripts",
	.semver_tags = 1,
	.satisfies = satisfies,
	.compare = compare,
	.translate = translate,
	.pkgver = pkgver,
	.intervals = intervals,
};
