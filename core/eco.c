/* The table of ecosystems (eco.h). */
#include "eco.h"

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

const char *eco_names(void)
{
	return "npm, crate, pypi";
}
