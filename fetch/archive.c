#include "archive.h"

#include <archive.h>
#include <archive_entry.h>
#include <stdlib.h>
#include <string.h>

#include "../core/util.h"

const struct archive_limits archive_default_limits = {
	.max_entries = 20000,
	.max_entry_size = 64u << 20,
	.max_total = 512u << 20,
	.ratio = 100,
	.ratio_floor = 16u << 20,
	.max_kept = 4u << 20,
};

int archive_path_inside(const char *path)
{
	if (!*path || path[0] == '/' || strchr(path, '\\'))
		return 0;
	int depth = 0;
	const char *p = path;
	while (*p) {
		size_t n = strcspn(p, "/");
		if (n == 2 && p[0] == '.' && p[1] == '.') {
			if (--depth < 0)
				return 0;
		} else if (!(n == 0 || (n == 1 && p[0] == '.'))) {
			depth++;
		}
		p += n;
		if (*p == '/')
			p++;
	}
	return 1;
}

/* Drops the first component: "package/lib/x.js" -> "lib/x.js". */
static const char *strip_first(const char *path, char **root)
{
	while (path[0] == '.' && path[1] == '/')
		path += 2;
	const char *slash = strchr(path, '/');
	if (!*root)
		*root = xstrndup(path, slash ? (size_t)(slash - path) : strlen(path));
	return slash ? slash + 1 : "";
}

/* A symlink at `path` pointing to `target` stays inside the root. */
static int link_inside(const char *path, const char *target)
{
	if (target[0] == '/')
		return 0;
	const char *slash = strrchr(path, '/');
	char *joined = slash ? xasprintf("%.*s/%s", (int)(slash - path), path, target) : xstrdup(target);
	int ok = archive_path_inside(joined);
	free(joined);
	return ok;
}

void pkgfiles_free(struct pkgfiles *f)
{
	for (size_t i = 0; i < f->n; i++) {
		free(f->v[i].path);
		free(f->v[i].data);
	}
	free(f->v);
	free(f->root);
	memset(f, 0, sizeof *f);
}

const struct pkgfile *pkgfiles_find(const struct pkgfiles *f, const char *path)
{
	for (size_t i = 0; i < f->n; i++)
		if (strcmp(f->v[i].path, path) == 0)
			return &f->v[i];
	return NULL;
}

static int cmp_path(const void *a, const void *b)
{
	return strcmp((*(const struct pkgfile *const *)a)->path, (*(const struct pkgfile *const *)b)->path);
}

/* A path that two non-directory members share, or NULL. */
static const char *duplicate_path(const struct pkgfiles *f)
{
	const struct pkgfile **v = xcalloc(f->n, sizeof *v);
	size_t n = 0;
	for (size_t i = 0; i < f->n; i++)
		if (f->v[i].type != 'd')
			v[n++] = &f->v[i];
	qsort(v, n, sizeof *v, cmp_path);
	const char *dup = NULL;
	for (size_t i = 1; i < n && !dup; i++)
		if (strcmp(v[i - 1]->path, v[i]->path) == 0)
			dup = v[i]->path;
	free(v);
	return dup;
}

static int reject(struct ferr *e, const char *what, const char *path, const char *why)
{
	return ferr_set(e, FERR_INPUT, "%s: %s: %s", what, path, why);
}

int archive_read(const void *data, size_t len, const struct archive_limits *lim,
		 archive_want_fn want, void *ctx, const char *what, struct pkgfiles *out,
		 struct ferr *e)
{
	memset(out, 0, sizeof *out);
	struct archive *a = archive_read_new();
	archive_read_support_filter_gzip(a);
	archive_read_support_filter_xz(a);
	archive_read_support_filter_bzip2(a);
	archive_read_support_format_tar(a);
	archive_read_support_format_zip(a);
	int rc = -1;
	size_t total = 0;
	char *chunk = xmalloc(65536);
	if (archive_read_open_memory(a, data, len) != ARCHIVE_OK) {
		ferr_set(e, FERR_INPUT, "%s: not a readable archive: %s", what, archive_error_string(a));
		goto out;
	}
	struct archive_entry *ent;
	int r;
	while ((r = archive_read_next_header(a, &ent)) == ARCHIVE_OK || r == ARCHIVE_WARN) {
		if (out->n >= lim->max_entries) {
			ferr_set(e, FERR_INPUT, "%s: more than %zu entries", what, lim->max_entries);
			goto out;
		}
		const char *raw = archive_entry_pathname(ent);
		if (!raw) {
			ferr_set(e, FERR_INPUT, "%s: entry without a path", what);
			goto out;
		}
		if (raw[0] == '/' || !archive_path_inside(raw)) {
			reject(e, what, raw, "path escapes the archive root");
			goto out;
		}
		const char *path = strip_first(raw, &out->root);
		mode_t ft = archive_entry_filetype(ent);
		int type;
		if (ft == AE_IFREG)
			type = archive_entry_hardlink(ent) ? 'h' : 'f';
		else if (ft == AE_IFDIR)
			type = 'd';
		else if (ft == AE_IFLNK)
			type = 'l';
		else if (archive_entry_hardlink(ent))
			type = 'h';
		else {
			reject(e, what, raw, "device node, FIFO or socket in archive");
			goto out;
		}
		if (type == 'l' && !link_inside(path, archive_entry_symlink(ent) ? archive_entry_symlink(ent) : "/")) {
			reject(e, what, raw, "symlink points outside the package");
			goto out;
		}
		if (type == 'h') {
			const char *t = archive_entry_hardlink(ent);
			if (!t || t[0] == '/' || !archive_path_inside(t)) {
				reject(e, what, raw, "hardlink points outside the package");
				goto out;
			}
		}
		if (archive_entry_sparse_count(ent) > 0) {
			reject(e, what, raw, "sparse file in archive");
			goto out;
		}
		if (archive_entry_size_is_set(ent) && archive_entry_size(ent) > (la_int64_t)lim->max_entry_size) {
			reject(e, what, raw, "entry larger than the size limit");
			goto out;
		}
		int keep = type == 'f' && *path && want && want(path, ctx);
		struct buf content = {0};
		size_t size = 0;
		la_ssize_t n;
		while ((n = archive_read_data(a, chunk, 65536)) > 0) {
			size += (size_t)n;
			total += (size_t)n;
			if (size > lim->max_entry_size) {
				buf_free(&content);
				reject(e, what, raw, "entry larger than the size limit");
				goto out;
			}
			if (total > lim->max_total ||
			    (total > lim->ratio_floor && total / lim->ratio > len)) {
				buf_free(&content);
				ferr_set(e, FERR_INPUT, "%s: expands beyond the size limits (archive bomb?)", what);
				goto out;
			}
			if (keep && size <= lim->max_kept)
				buf_add(&content, chunk, (size_t)n);
		}
		if (n < 0) {
			buf_free(&content);
			ferr_set(e, FERR_INPUT, "%s: %s: %s", what, raw, archive_error_string(a));
			goto out;
		}
		if (!*path) {
			buf_free(&content);
			continue;   /* the top folder itself, or a file beside it */
		}
		out->v = xrealloc(out->v, (out->n + 1) * sizeof *out->v);
		struct pkgfile *f = &out->v[out->n++];
		memset(f, 0, sizeof *f);
		f->path = xstrdup(path);
		size_t pl = strlen(f->path);
		while (pl > 1 && f->path[pl - 1] == '/')
			f->path[--pl] = 0;
		f->size = size;
		f->type = type;
		f->mode = (int)(archive_entry_perm(ent) & 07777);
		if (archive_entry_mtime_is_set(ent) && archive_entry_mtime(ent) > out->newest)
			out->newest = (long long)archive_entry_mtime(ent);
		if (keep && size <= lim->max_kept) {
			f->len = content.len;
			f->data = buf_steal(&content);
		}
		buf_free(&content);
	}
	if (r != ARCHIVE_EOF) {
		ferr_set(e, FERR_INPUT, "%s: damaged archive: %s", what, archive_error_string(a));
		goto out;
	}
	/* Two members with one path: installers keep the last, readers often
	 * the first; a reviewer would see one and run the other.  Refused. */
	const char *dup = duplicate_path(out);
	if (dup) {
		reject(e, what, dup, "two members with the same path");
		goto out;
	}
	rc = 0;
out:
	free(chunk);
	archive_read_free(a);
	if (rc != 0)
		pkgfiles_free(out);
	return rc;
}
