#include "localfile.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "../core/util.h"

char *localfile_read(const char *path, size_t max, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	struct buf b = {0};
	char chunk[4096];
	size_t n;
	while (b.len <= max && (n = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_add(&b, chunk, n);
	if (b.len > max) {   /* a longer file is not cut short either */
		fclose(f);
		buf_free(&b);
		errno = EFBIG;
		return NULL;
	}
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

int localfile_config(const char *path, size_t max, char **text, size_t *len, struct ferr *e)
{
	size_t n = 0;
	*text = localfile_read(path, max, &n);
	if (*text) {
		if (len)
			*len = n;
		return 0;
	}
	if (errno == ENOENT || errno == ENOTDIR)
		return 0;
	if (errno == EFBIG)
		return ferr_set(e, FERR_IO, "%s: cannot read: larger than %zu bytes", path, max);
	return ferr_set(e, FERR_IO, "%s: cannot read: %s", path, strerror(errno));
}
