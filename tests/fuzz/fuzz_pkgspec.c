/* The package on the command line, ECO:NAME[@WANT] (core/pkgspec.h), as
 * every command reads it.  Input: the text. */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "../../core/pkgspec.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = fuzz_str(data, size);
	for (unsigned flags = 0; flags <= PKGSPEC_EXTRAS; flags++) {
		struct pkgspec ps;
		const char *why = NULL;
		if (pkgspec_parse(s, flags, &ps, &why) == 0) {
			/* what a command goes on with: a known ecosystem and a
			 * name its rules accept, never a path or an option */
			if (!ps.eco || !ps.name || ps.eco->invalid_name(ps.name))
				fuzz_fail("pkgspec accepted a name its ecosystem refuses", s);
			if (ps.name[0] == '-' || strchr(ps.name, '/') == ps.name)
				fuzz_fail("pkgspec accepted an option or an absolute path as a name", s);
		}
		pkgspec_free(&ps);
	}
	free(s);
	return 0;
}
