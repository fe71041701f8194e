/* The table of ecosystems, and rendering a dependency through one. */
#include "eco.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

extern const struct eco eco_npm, eco_crate, eco_pypi;

static const struct eco *const ecos[] = {&eco_npm, &eco_crate, &eco_pypi};

const struct eco *eco_find(const char *name)
{
	for (size_t i = 0; i < sizeof ecos / sizeof ecos[0]; i++)
		if (strcmp(ecos[i]->name, name) == 0)
			return ecos[i];
	return NULL;
}

const struct eco *eco_at(size_t i)
{
	return i < sizeof ecos / sizeof ecos[0] ? ecos[i] : NULL;
}

const char *eco_names(void)
{
	return "npm, crate, pypi";
}

char *eco_render_dep(const struct eco *e, const char *name, const char *range,
		     const struct family *f, char **note, const char **why)
{
	*note = NULL;
	const struct family_eco *fe = family_eco(f, e->name);
	if (!fe) {
		*why = "the distribution family does not package this ecosystem";
		return NULL;
	}
	if (fe->dep) {
		char *s = fe->dep(name, range, why);
		if (!s && !*why)
			*why = "range matches no version";
		return s;
	}
	struct ivlist l = {0};
	if (e->intervals(range, f->spell, &l, why) != 0)
		return NULL;
	char *pkg = fe->cap(name);
	char *s = f->relation(pkg, &l, note);
	free(pkg);
	ivlist_free(&l);
	if (!s)
		*why = "range matches no version";
	return s;
}
