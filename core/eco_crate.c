/* crates.io behind the ecosystem table (eco.h).  A name may carry a
 * feature, "serde/derive": crate(serde/derive), librust-serde-1+derive-dev. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "cargover.h"
#include "eco.h"
#include "eco_semver.h"
#include "naming.h"
#include "util.h"

static int satisfies(const char *range, const char *version, const char **why)
{
	struct cargoreq r;
	struct npmver v;
	if (cargoreq_parse(range, &r, why) != 0)
		return -1;
	if (cargover_parse(version, &v, why) != 0) {
		cargoreq_free(&r);
		return -1;
	}
	int ok = cargoreq_test(&r, &v);
	cargoreq_free(&r);
	npmver_free(&v);
	return ok;
}

static int compare(const char *a, const char *b, int *out, const char **why)
{
	return semver_compare(cargover_parse, a, b, out, why);
}

static char *translate(const char *version, const struct verspell *sp, const char **why)
{
	return semver_translate(cargover_parse, version, sp, why);
}

static char *pkgver(const char *version, const struct verspell *sp)
{
	const char *why;
	return translate(version, sp, &why);
}

static int intervals(const char *range, const struct verspell *t, struct ivlist *out, const char **why)
{
	struct cargoreq r;
	if (cargoreq_parse(range, &r, why) != 0)
		return -1;
	cargoreq_intervals(&r, t, out);
	cargoreq_free(&r);
	return 0;
}

/* crates.io knows a crate by its name folded to lower case, '_' as '-' */
static char *normal(const char *name)
{
	char *s = xstrdup(name);
	for (char *c = s; *c; c++)
		*c = *c == '_' ? '-' : (char)tolower((unsigned char)*c);
	return s;
}

static char *exact(const char *version)
{
	return semver_valid(cargover_parse, version) ? xasprintf("=%s", version) : NULL;
}

static char *series(const char *version)
{
	return semver_series(cargover_parse, version);
}

static char *feature_cap(const char *name, const char *feature)
{
	return xasprintf("%s/%s", name, feature);
}

const struct eco eco_crate = {
	.name = "crate",
	.label = "crates.io",
	.doc_noun = "registry metadata",
	.artifact_noun = ".crate",
	.invalid_name = naming_crate_invalid,
	.normal = normal,
	.exact = exact,
	.series = series,
	.feature_cap = feature_cap,
	.feature_noun = "feature",
	.default_feature = 1,
	.semver_tags = 1,
	.any_range = "*",
	.satisfies = satisfies,
	.compare = compare,
	.translate = translate,
	.pkgver = pkgver,
	.intervals = intervals,
};
