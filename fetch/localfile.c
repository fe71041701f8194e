#include "localfile.h"

#include <errno.h>
#include <stdio.h>

#include "../core/util.h"

char *localfile_read(const char *path, size_t max, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	struct buf b = {0};
	char chunk[4096];
	size_t n;
	while (b.len < max && (n = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_add(&b, chunk, n);
	if (ferror(f)) {   /* half a file is no file: NULL, errno kept */
		int err = errno ? errno : EIO;
		fclose(f);
		buf_free(&b);
		errno = err;
		return NULL;
	}
	fclose(f);
	if (len)
		*len = b.len;
	return buf_steal(&b);
}
