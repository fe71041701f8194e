/* The archive reader (fetch/archive.h) over tar, tar.gz, zip and .crate
 * bytes, and what it promises of every member kept.  Input: the archive. */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "../../fetch/archive.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct pkgfiles f = {0};
	struct ferr e = {0};
	if (archive_read(data, size, &archive_default_limits, archive_keep_all, NULL, "fuzz", &f, &e) == 0) {
		for (size_t i = 0; i < f.n; i++) {
			const char *p = f.v[i].path;
			if (!p || !archive_path_inside(p))
				fuzz_fail("a member path outside the root", p);
			char *canon = archive_path_canon(p);   /* what tar -x would make of it */
			if (!canon || strcmp(canon, p) != 0)
				fuzz_fail("a member path that is not canonical", p);
			free(canon);
			if (f.v[i].data && f.v[i].len > archive_default_limits.max_kept)
				fuzz_fail("a kept member above max_kept", p);
			pkgfiles_find(&f, p);
		}
	}
	pkgfiles_free(&f);
	ferr_clear(&e);
	return 0;
}
