/* PyPI behind the ecosystem table (eco.h).  Names are normalised as PEP 503
 * says; a name may carry extras, "requests[socks]" -> python3dist(requests[socks]). */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "eco.h"
#include "naming.h"
#include "pep440.h"
#include "pep508.h"
#include "util.h"

static int satisfies(const char *range, const char *version, const char **why)
{
	struct pepset s;
	struct pepver v;
	if (pepset_parse(range, &s, why) != 0)
		return -1;
	if (pepver_parse(version, &v, why) != 0) {
		pepset_free(&s);
		return -1;
	}
	int ok = pepset_test(&s, &v, why);
	pepset_free(&s);
	pepver_free(&v);
	return ok;
}

static int compare(const char *a, const char *b, int *out, const char **why)
{
	struct pepver va, vb;
	if (pepver_parse(a, &va, why) != 0)
		return -1;
	if (pepver_parse(b, &vb, why) != 0) {
		pepver_free(&va);
		return -1;
	}
	*out = pepver_cmp(&va, &vb);
	pepver_free(&va);
	pepver_free(&vb);
	return 0;
}

static char *translate(const char *version, const struct verspell *sp, const char **why)
{
	struct pepver v;
	if (pepver_parse(version, &v, why) != 0)
		return NULL;
	char *s = pepver_spell(&v, sp);
	if (!s)
		*why = "no distribution spelling (an epoch above 2147483647, or Unicode look-alike letters)";
	pepver_free(&v);
	return s;
}

static char *pkgver(const char *version, const struct verspell *sp)
{
	struct pepver v;
	const char *why;
	if (pepver_parse(version, &v, &why) != 0)
		return NULL;
	char *s = pepver_pkgver(&v, sp);
	pepver_free(&v);
	return s;
}

static int intervals(const char *range, const struct verspell *t, struct ivlist *out, const char **why)
{
	struct pepset s;
	if (pepset_parse(range, &s, why) != 0)
		return -1;
	int r = pepset_intervals(&s, t, out, why);
	pepset_free(&s);
	return r;
}

static char *exact(const char *version)
{
	struct pepver v;
	const char *why;
	if (pepver_parse(version, &v, &why) != 0)
		return NULL;
	pepver_free(&v);
	return xstrdup(version);   /* select takes a bare version as itself */
}

/* the first release number as digits, leading zeros dropped: any size */
static char *series(const char *version)
{
	struct pepver v;
	const char *why;
	if (pepver_parse(version, &v, &why) != 0 || !v.nrel) {
		pepver_free(&v);
		return NULL;
	}
	const char *d = v.rel[0];
	while (d[0] == '0' && d[1])
		d++;
	char *s = xstrdup(d);
	pepver_free(&v);
	return s;
}

static char *feature_cap(const char *name, const char *extra)
{
	return xasprintf("%s[%s]", name, extra);
}

const struct eco eco_pypi = {
	.name = "pypi",
	.label = "PyPI",
	.doc_noun = "registry metadata",
	.artifact_noun = "sdist",
	.invalid_name = naming_pypi_invalid,
	.normal = pep503_name,
	.exact = exact,
	.series = series,
	.feature_cap = feature_cap,
	.feature_noun = "extra",
	.pep508 = 1,
	.author_publishes = 1,
	.any_range = ">=0",
	.satisfies = satisfies,
	.compare = compare,
	.translate = translate,
	.pkgver = pkgver,
	.intervals = intervals,
};
