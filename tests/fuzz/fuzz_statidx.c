/* The stat-index (solver/statidx.h): the file read back, an entry looked
 * up, the file rewritten.  Input: the file's bytes.  Files go below
 * fuzz_tmpdir(). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "../../core/util.h"
#include "../../fetch/files.h"
#include "../../solver/statidx.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *dir = xasprintf("%s/statidx", fuzz_tmpdir()), *path = xasprintf("%s/stat-index", dir);
	files_mkdirs(dir, 0700);
	FILE *f = fopen(path, "wb");
	if (!f)
		fuzz_fail("cannot write the stat-index", path);
	fwrite(data, 1, size, f);
	if (fclose(f) != 0)
		fuzz_fail("cannot write the stat-index", path);
	char solv[STATIDX_NAME];
	if (statidx_find(dir, "/var/lib/apt/lists/x_Packages", "1:2:3:4:5", solv) == 0 && !memchr(solv, 0, sizeof solv))
		fuzz_fail("a .solv name without its NUL", "");
	statidx_record(dir, "/var/lib/apt/lists/y_Packages", "6:7:8:9:10", "y.solv");
	free(dir), free(path);
	return 0;
}
