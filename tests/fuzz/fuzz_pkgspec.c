/* The package on the command line, ECO:NAME[@WANT] (core/pkgspec.h), as
 * every command reads it.  Input: the text. */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "../../core/pkgspec.h"

/* a '/'-separated part that is "." or ".." */
static int dot_part(const char *s)
{
	for (const char *p = s;; p++) {
		size_t n = strcspn(p, "/");
		if ((n == 1 && p[0] == '.') || (n == 2 && p[0] == '.' && p[1] == '.'))
			return 1;
		p += n;
		if (!*p)
			return 0;
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = fuzz_str(data, size);
	for (unsigned flags = 0; flags <= PKGSPEC_EXTRAS; flags++) {
		struct pkgspec ps;
		const char *why = NULL;
		if (pkgspec_parse(s, flags, &ps, &why) == 0) {
			/* what a command goes on with: a known ecosystem and a
			 * name its rules accept (npm's may start with '-': the
			 * registry has "-"), never a path out of the package */
			if (!ps.eco || !ps.name || ps.eco->invalid_name(ps.name))
				fuzz_fail("pkgspec accepted a name its ecosystem refuses", s);
			if (ps.name[0] == '/' || dot_part(ps.name))
				fuzz_fail("pkgspec accepted an absolute path, '.' or '..' as a name", s);
		}
		pkgspec_free(&ps);
	}
	free(s);
	return 0;
}
