/* The output folder's record of what ferry wrote (fetch/outrecord.h):
 * input "NAME \n RECORD".  A record that parses names only clean paths
 * inside NAME, in order, and writes back to the very same bytes. */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "../../fetch/outrecord.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *nl = memchr(data, '\n', size);
	if (!nl)
		return 0;
	char *name = fuzz_str(data, (size_t)(nl - data));
	const char *text = (const char *)nl + 1;
	size_t len = size - (size_t)(nl - data) - 1;
	struct outrecord r;
	const char *why;
	size_t line;
	if (outrecord_parse(text, len, name, &r, &why, &line) == 0) {
		for (size_t i = 0; i < r.n; i++) {
			if (!outrecord_path_ok(r.v[i].path, name))
				fuzz_fail("a parsed record names a path outside its entry", r.v[i].path);
			if (i && strcmp(r.v[i - 1].path, r.v[i].path) >= 0)
				fuzz_fail("a parsed record is out of order", r.v[i].path);
			if (outrecord_find(&r, r.v[i].path) != &r.v[i])
				fuzz_fail("a parsed record does not find its own path", r.v[i].path);
		}
		size_t n;
		char *again = outrecord_format(&r, &n);
		if (n != len || memcmp(again, text, n) != 0)
			fuzz_fail("a parsed record does not write back to its bytes", again);
		free(again);
		outrecord_free(&r);
	} else if (!why || r.n || r.v) {
		fuzz_fail("a refused record has no reason or keeps files", name);
	}
	free(name);
	return 0;
}
