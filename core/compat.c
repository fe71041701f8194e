/* Compat package names (naming.h, "compat packages"): the level is the
 * ecosystem's series.  Apart from naming.c because it sits above the
 * ecosystem table, whose entries use naming.c's name rules: one file
 * holding both would call the table and be called by it. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "eco.h"
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
