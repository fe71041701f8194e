#include "eco.h"

#include <stdlib.h>
#include <string.h>

#include "naming.h"
#include "npmver.h"
#include "util.h"

static int npm_satisfies(const char *range, const char *version, const char **why)
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

static int npm_compare(const char *a, const char *b, int *out, const char **why)
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

static char *npm_translate(const char *version, enum interval_target t, const char **why)
{
	struct npmver v;
	if (npmver_parse(version, &v, why) != 0)
		return NULL;
	char *s = t == INTERVAL_RPM ? npmver_to_rpm(&v) : npmver_to_deb(&v);
	npmver_free(&v);
	return s;
}

static int npm_intervals(const char *range, enum interval_target t, struct ivlist *out, const char **why)
{
	struct npmrange r;
	if (npmrange_parse(range, &r, why) != 0)
		return -1;
	npmrange_intervals(&r, t, out);
	npmrange_free(&r);
	return 0;
}

static const struct eco ecos[] = {
	{"npm", npm_satisfies, npm_compare, npm_translate, npm_intervals,
	 naming_npm_rpm_cap, naming_npm_deb},
};

const struct eco *eco_find(const char *name)
{
	for (size_t i = 0; i < sizeof ecos / sizeof ecos[0]; i++)
		if (strcmp(ecos[i].name, name) == 0)
			return &ecos[i];
	return NULL;
}

const char *eco_names(void)
{
	return "npm";
}

char *eco_render_dep(const struct eco *e, const char *name, const char *range,
		     enum interval_target t, char **note, const char **why)
{
	struct ivlist l = {0};
	*note = NULL;
	if (e->intervals(range, t, &l, why) != 0)
		return NULL;
	char *pkg = t == INTERVAL_RPM ? e->rpm_cap(name) : e->deb_pkg(name);
	char *s = t == INTERVAL_RPM ? interval_rpm(pkg, &l) : interval_deb(pkg, &l, note);
	free(pkg);
	ivlist_free(&l);
	if (!s)
		*why = "range matches no version";
	return s;
}
