/* Compat package names (naming.h, "compat packages"; family.h's
 * family_compat): the level is the ecosystem's series.  Apart from naming.c
 * and family.c because it sits above the ecosystem table and the family
 * table, which call those two: one file holding both would call a table
 * and be called by it (tools/circles.py). */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "eco.h"
#include "family.h"
#include "naming.h"
#include "util.h"

char *naming_compat_level(const char *eco, const char *version)
{
	const struct eco *e = eco_find(eco);
	return e ? e->series(version) : NULL;
}

/* name + level; sep between when name ends in a digit (or always) */
char *naming_compat(const char *eco, const char *name, const char *version, const char *sep, int always)
{
	char *level = naming_compat_level(eco, version);
	if (!level)
		return NULL;
	size_t n = strlen(name);
	int digit = n && isdigit((unsigned char)name[n - 1]);
	char *s = xasprintf("%s%s%s", name, always || digit ? sep : "", level);
	free(level);
	return s;
}

char *family_compat(const struct family *f, const char *eco, const char *name, const char *version)
{
	const struct family_eco *fe = family_eco(f, eco);
	return fe ? naming_compat(eco, name, version, fe->compat_sep, fe->compat_always) : NULL;
}
