/* The table of distribution families (family.h). */
#include "family.h"

#include <stdio.h>
#include <string.h>

static const struct family *const families[] = {&family_fedora, &family_debian};
_Static_assert(sizeof families / sizeof families[0] <= FAMILY_MAX, "FAMILY_MAX is too small");

const struct family *family_at(size_t i)
{
	return i < sizeof families / sizeof families[0] ? families[i] : NULL;
}

const struct family *family_find(const char *name)
{
	const struct family *f;
	for (size_t i = 0; (f = family_at(i)) != NULL; i++)
		if (strcmp(f->name, name) == 0)
			return f;
	return NULL;
}

const struct family *family_by_alias(const char *alias)
{
	const struct family *f;
	for (size_t i = 0; (f = family_at(i)) != NULL; i++)
		if (strcmp(f->alias, alias) == 0)
			return f;
	return NULL;
}

const struct family_arch *family_arch(const struct family *f, const char *name)
{
	for (size_t i = 0; i < f->narches; i++)
		if (strcmp(f->arches[i].name, name ? name : f->arch) == 0)
			return &f->arches[i];
	return NULL;
}

const char *family_arch_names(const struct family *f)
{
	static char names[FAMILY_MAX][256];
	size_t k = 0;
	while (k < FAMILY_MAX - 1 && family_at(k) && family_at(k) != f)
		k++;
	char *o = names[k];
	o[0] = 0;
	for (size_t i = 0; i < f->narches; i++) {
		size_t n = strlen(o);
		snprintf(o + n, sizeof names[k] - n, "%s%s", i ? ", " : "", f->arches[i].name);
	}
	return o;
}

const struct family_eco *family_eco(const struct family *f, const char *eco)
{
	for (size_t i = 0; i < f->necos; i++)
		if (strcmp(f->ecos[i].eco, eco) == 0)
			return &f->ecos[i];
	return NULL;
}
