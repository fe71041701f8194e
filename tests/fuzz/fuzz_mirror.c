/* The mirror's npm documents (convert/npmmirror.h): input "UPSTREAM
 * \n--ferry-fuzz--\n HAVE" (HAVE empty: none yet).  Adding x@1.0.0 either
 * is refused with a reason or gives a document whose files name x's
 * tarball under the mirror's URL; reading any document's files never
 * crashes. */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "../../convert/npmmirror.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char sep[] = FUZZ_SEP;
	const uint8_t *cut = (const uint8_t *)fuzz_find((const char *)data, (const char *)data + size, sep);
	size_t ul = cut ? (size_t)(cut - data) : size;
	const char *have = cut ? (const char *)cut + sizeof sep - 1 : NULL;
	size_t hl = cut ? size - ul - (sizeof sep - 1) : 0;
	struct pkg p = {0};
	p.name = "x", p.version = "1.0.0";
	char *out = NULL;
	size_t ol = 0;
	struct ferr e = {0};
	struct strv files = {0};
	struct ferr fe = {0};
	if (have)
		(void)npmmirror_files(have, hl, "http://m/", &files, &fe);
	strv_free(&files);
	if (npmmirror_doc((const char *)data, ul, hl ? have : NULL, hl, &p, "http://m/npm/x/-/x-1.0.0.tgz", &out, &ol, &e) == 0) {
		struct ferr f2 = {0};
		int named = 0;
		if (npmmirror_files(out, ol, "http://m/", &files, &f2) == 0)
			for (size_t i = 0; i < files.n; i++)
				named |= strncmp(files.v[i], "npm/x/-/x-1.0.0.tgz\t", 20) == 0;
		if (!named && !f2.msg[0])
			fuzz_fail("the mirror's document does not name the version added", out);
		strv_free(&files);
		free(out);
	} else if (!e.msg[0]) {
		fuzz_fail("a refused add without a reason", "");
	}
	return 0;
}
