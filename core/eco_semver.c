/* The SemVer ecosystems' shared slots (eco_semver.h). */
#include "eco_semver.h"

int semver_compare(semver_parse_fn parse, const char *a, const char *b, int *out, const char **why)
{
	struct npmver va, vb;
	if (parse(a, &va, why) != 0)
		return -1;
	if (parse(b, &vb, why) != 0) {
		npmver_free(&va);
		return -1;
	}
	*out = npmver_cmp(&va, &vb);
	npmver_free(&va);
	npmver_free(&vb);
	return 0;
}

char *semver_translate(semver_parse_fn parse, const char *version, const struct verspell *sp, const char **why)
{
	struct npmver v;
	if (parse(version, &v, why) != 0)
		return NULL;
	char *s = npmver_spell(&v, sp);
	npmver_free(&v);
	return s;
}

char *semver_series(semver_parse_fn parse, const char *version)
{
	struct npmver v;
	const char *why;
	if (parse(version, &v, &why) != 0)
		return NULL;
	char *s = npmver_series(&v);
	npmver_free(&v);
	return s;
}

int semver_valid(semver_parse_fn parse, const char *version)
{
	struct npmver v;
	const char *why;
	if (parse(version, &v, &why) != 0)
		return 0;
	npmver_free(&v);
	return 1;
}
