/* SPDX license expressions into Debian's names (convert/license.h).
 * Input: the expression. */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "../../convert/license.h"
#include "../../core/util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = fuzz_str(data, size);
	struct strv ids = {0};
	char *deb = license_deb(s, &ids);
	for (size_t i = 0; i < ids.n; i++) {
		const char *w = strstr(ids.v[i], " with ");
		size_t n = w ? (size_t)(w - ids.v[i]) : strlen(ids.v[i]);
		if (!n || memchr(ids.v[i], ' ', n) || strchr(ids.v[i], '\n') ||
		    (w && !str_endswith(ids.v[i], " exception")))
			fuzz_fail("a Debian license name that is empty, holds a blank or a line break, or an exception "
				  "not spelt 'with X exception'", ids.v[i]);
		license_common(ids.v[i]);
	}
	if (deb && strchr(deb, '\n'))
		fuzz_fail("a Debian license expression over two lines", s);
	free(deb);
	strv_free(&ids);
	free(s);
	return 0;
}
