/* A dependency rendered for a (family x ecosystem) pair (eco.h's
 * eco_render_dep): apart from the ecosystem table, which the families'
 * compat rules call, so that no two files call each other. */
#include <stdlib.h>

#include "eco.h"
#include "family.h"

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
