#include "repack.h"

#include <archive.h>
#include <archive_entry.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "../core/util.h"

static la_ssize_t sink(struct archive *a, void *ud, const void *buf, size_t n)
{
	(void)a;
	buf_add(ud, buf, n);
	return (la_ssize_t)n;
}

static int sink_close(struct archive *a, void *ud)
{
	(void)a, (void)ud;
	return ARCHIVE_OK;
}

static int repack(const void *data, size_t len, int (*drop)(const char *path, void *ctx), void *ctx, char **out,
		  size_t *outlen, const char *what, struct ferr *e)
{
	struct archive *in = archive_read_new();
	struct archive *w = archive_write_new();
	struct buf b = {0};
	char *chunk = xmalloc(65536);
	int rc = -1;
	archive_read_support_filter_gzip(in);
	archive_read_support_format_tar(in);
	archive_read_support_format_zip(in);   /* zip sdists become orig tarballs */
	archive_write_set_format_pax_restricted(w);
	archive_write_add_filter_gzip(w);
	archive_write_set_filter_option(w, "gzip", "timestamp", NULL);
	archive_write_set_bytes_in_last_block(w, 1);
	if (archive_read_open_memory(in, data, len) != ARCHIVE_OK ||
	    archive_write_open(w, &b, NULL, sink, sink_close) != ARCHIVE_OK) {
		ferr_set(e, FERR_INPUT, "%s: cannot repack: %s", what, archive_error_string(in));
		goto out;
	}
	struct archive_entry *ent;
	int r;
	while ((r = archive_read_next_header(in, &ent)) == ARCHIVE_OK || r == ARCHIVE_WARN) {
		/* the canonical path, as archive_read named the member */
		char *canon = archive_entry_pathname(ent) ? archive_path_canon(archive_entry_pathname(ent)) : NULL;
		const char *rel = canon ? strchr(canon, '/') : NULL;
		int dropped = rel && rel[1] && drop(rel + 1, ctx);
		free(canon);
		if (dropped) {
			archive_read_data_skip(in);
			continue;
		}
		if (archive_write_header(w, ent) != ARCHIVE_OK) {   /* a name the pax header cannot carry */
			ferr_set(e, FERR_INPUT, "%s: repack: %s", what, archive_error_string(w));
			goto out;
		}
		la_ssize_t n;
		while ((n = archive_read_data(in, chunk, 65536)) > 0)
			if (archive_write_data(w, chunk, (size_t)n) != n) {
				ferr_set(e, FERR_IO, "%s: repack: %s", what, archive_error_string(w));
				goto out;
			}
		if (n < 0) {
			ferr_set(e, FERR_INPUT, "%s: repack: %s", what, archive_error_string(in));
			goto out;
		}
	}
	if (r != ARCHIVE_EOF || archive_write_close(w) != ARCHIVE_OK) {
		ferr_set(e, FERR_INPUT, "%s: repack: %s", what, archive_error_string(in));
		goto out;
	}
	*outlen = b.len;
	*out = buf_steal(&b);
	rc = 0;
out:
	archive_read_free(in);
	archive_write_free(w);   /* flushes into b when it was not closed: free b after */
	buf_free(&b);
	free(chunk);
	return rc;
}

/* libarchive converts names between the locale's charset and the pax
 * headers' UTF-8: in the C locale that ferry runs in, every non-ASCII name
 * failed ("Can't translate pathname"), so the repack runs in C.UTF-8 (this
 * thread only; the locale as it is if the system has no C.UTF-8). */
int archive_repack(const void *data, size_t len, int (*drop)(const char *path, void *ctx), void *ctx,
		   char **out, size_t *outlen, const char *what, struct ferr *e)
{
	locale_t utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
	locale_t old = utf8 ? uselocale(utf8) : (locale_t)0;
	int rc = repack(data, len, drop, ctx, out, outlen, what, e);
	if (utf8) {
		uselocale(old);
		freelocale(utf8);
	}
	return rc;
}
