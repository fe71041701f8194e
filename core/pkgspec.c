/* ECO:NAME[@WANT] (pkgspec.h). */
#include "pkgspec.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

/* whether the ecosystem writes NAME with extras as NAME[EXTRA] */
static int bracket_extras(const struct eco *eco)
{
	if (!eco->feature_cap)
		return 0;
	char *probe = eco->feature_cap("n", "x");
	int yes = strcmp(probe, "n[x]") == 0;
	free(probe);
	return yes;
}

int pkgspec_parse(const char *arg, unsigned flags, struct pkgspec *s, const char **why)
{
	memset(s, 0, sizeof *s);
	*why = NULL;
	const char *colon = strchr(arg, ':');
	if (!colon)
		return -1;
	char *eco = xstrndup(arg, (size_t)(colon - arg));
	s->eco = eco_find(eco);
	free(eco);
	if (!s->eco)
		return -1;
	const char *n = colon + 1;
	const char *at = strchr(n + (n[0] == '@'), '@');   /* npm scopes start with '@' */
	s->name = at ? xstrndup(n, (size_t)(at - n)) : xstrdup(n);
	s->want = at ? xstrdup(at + 1) : NULL;
	char *br = flags & PKGSPEC_EXTRAS && bracket_extras(s->eco) ? strchr(s->name, '[') : NULL;
	size_t bl = br ? strlen(br) : 0;
	if (br && br[bl - 1] == ']') {
		s->extras = xstrndup(br + 1, bl - 2);
		*br = '\0';
	}
	*why = s->eco->invalid_name(s->name);
	return *why ? -1 : 0;
}

void pkgspec_free(struct pkgspec *s)
{
	free(s->name);
	free(s->want);
	free(s->extras);
	memset(s, 0, sizeof *s);
}
