/* The table of ecosystems (eco.h). */
#include "eco.h"

#include <stdio.h>
#include <string.h>

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

/* "npm, crate, pypi": the table's names, joined once */
const char *eco_names(void)
{
	static char names[256];
	if (!names[0]) {
		size_t n = 0;
		for (size_t i = 0; i < sizeof ecos / sizeof ecos[0]; i++)
			n += (size_t)snprintf(names + n, sizeof names - n, "%s%s", i ? ", " : "", ecos[i]->name);
	}
	return names;
}
