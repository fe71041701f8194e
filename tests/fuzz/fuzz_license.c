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
		if (!*ids.v[i] || strpbrk(ids.v[i], " \n"))
			fuzz_fail("a Debian license name that is empty or holds a blank", ids.v[i]);
		license_common(ids.v[i]);
	}
	if (deb && strchr(deb, '\n'))
		fuzz_fail("a Debian license expression over two lines", s);
	free(deb);
	strv_free(&ids);
	free(s);
	return 0;
}
