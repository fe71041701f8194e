/* Unit tests for the one ECO:NAME[@WANT] parser (core/pkgspec.h): npm's
 * scopes, crate requirements, PyPI's NAME[EXTRA], and what is refused.
 * Prints "ok - NAME" / "not ok - NAME". */
#include <stdio.h>
#include <string.h>

#include "core/pkgspec.h"

static int failed;

static int same(const char *a, const char *b)
{
	return a ? b && strcmp(a, b) == 0 : !b;
}

/* arg parsed with flags: rc, and the eco, name, want and extras it gave */
static void one(const char *arg, unsigned flags, int rc, const char *eco, const char *name, const char *want,
		const char *extras, int bad_name)
{
	struct pkgspec s;
	const char *why;
	int got = pkgspec_parse(arg, flags, &s, &why);
	int ok = got == rc && same(s.eco ? s.eco->name : NULL, eco) && same(s.name, name) && same(s.want, want) &&
		 same(s.extras, extras) && (bad_name ? why != NULL : why == NULL);
	printf("%s - pkgspec %s%s\n", ok ? "ok" : "not ok", arg, flags ? " (extras)" : "");
	if (!ok)
		printf("#   got rc %d eco [%s] name [%s] want [%s] extras [%s] why [%s]\n", got,
		       s.eco ? s.eco->name : "(null)", s.name ? s.name : "(null)", s.want ? s.want : "(null)",
		       s.extras ? s.extras : "(null)", why ? why : "(null)");
	failed |= !ok;
	pkgspec_free(&s);
}

int main(void)
{
	one("npm:left-pad", 0, 0, "npm", "left-pad", NULL, NULL, 0);
	one("npm:left-pad@1.3.0", 0, 0, "npm", "left-pad", "1.3.0", NULL, 0);
	one("npm:@types/node", 0, 0, "npm", "@types/node", NULL, NULL, 0);
	one("npm:@types/node@^20 || 18.x", 0, 0, "npm", "@types/node", "^20 || 18.x", NULL, 0);
	one("npm:express@latest", 0, 0, "npm", "express", "latest", NULL, 0);
	one("npm:express@", 0, 0, "npm", "express", "", NULL, 0);
	one("npm:event-stream@3.3.5..3.3.6", 0, 0, "npm", "event-stream", "3.3.5..3.3.6", NULL, 0);
	one("crate:serde@=1.0.130", 0, 0, "crate", "serde", "=1.0.130", NULL, 0);
	one("crate:serde@>=1.0, <2", 0, 0, "crate", "serde", ">=1.0, <2", NULL, 0);
	one("pypi:requests[socks,security]@>=2.0", PKGSPEC_EXTRAS, 0, "pypi", "requests", ">=2.0", "socks,security", 0);
	one("pypi:requests[socks]", PKGSPEC_EXTRAS, 0, "pypi", "requests", NULL, "socks", 0);
	/* without the flag the brackets are part of the name, which is refused */
	one("pypi:requests[socks]", 0, -1, "pypi", "requests[socks]", NULL, NULL, 1);
	/* crates spell features otherwise: no brackets taken apart */
	one("crate:serde[derive]", PKGSPEC_EXTRAS, -1, "crate", "serde[derive]", NULL, NULL, 1);
	one("pypi:requests[socks", PKGSPEC_EXTRAS, -1, "pypi", "requests[socks", NULL, NULL, 1);
	one("left-pad", 0, -1, NULL, NULL, NULL, NULL, 0);
	one("cpan:Moose", 0, -1, NULL, NULL, NULL, NULL, 0);
	one(":x", 0, -1, NULL, NULL, NULL, NULL, 0);
	one("npm:", 0, -1, "npm", "", NULL, NULL, 1);
	one("npm:../etc@1", 0, -1, "npm", "../etc", "1", NULL, 1);
	return failed;
}
