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

int archive_keep_all(const char *path, void *ctx)
{
	(void)path, (void)ctx;
	return 1;
}

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

char *archive_path_canon(const char *path)
{
	if (path[0] == '/')
		return NULL;
	struct buf b = {0};
	const char *p = path;
	while (*p) {
		size_t n = strcspn(p, "/");
		int dot = n == 1 && p[0] == '.', dotdot = n == 2 && p[0] == '.' && p[1] == '.';
		for (size_t i = 0; i < n && !dotdot; i++)
			if ((unsigned char)p[i] < 0x20 || p[i] == 0x7f || p[i] == '\\')
				dotdot = 1;   /* refused the same way */
		if (dotdot) {
			buf_free(&b);
			return NULL;
		}
		if (n && !dot) {
			if (b.len)
				buf_addc(&b, '/');
			buf_add(&b, p, n);
		}
		p += n;
		if (*p == '/')
			p++;
	}
	if (!b.len) {
		buf_free(&b);
		return NULL;
	}
	return buf_steal(&b);
}

/* Splits a member's name into the top folder and the canonical rest ("" for
 * the top folder itself), stripping the top folder first: "package//etc/x"
 * leaves "/etc/x", absolute, refused; "package/./a" is "a".  Every member
 * must lie in one top folder.  Returns NULL, or why the name is refused. */
static const char *member_path(const char *raw, char **root, char **rest)
{
	*rest = NULL;
	if (raw[0] == '/')
		return "absolute path in archive";
	if (strlen(raw) > ARCHIVE_MAX_PATH)
		return "path longer than the limit";
	while (raw[0] == '.' && raw[1] == '/')
		raw += 2 + strspn(raw + 2, "/");   /* "./package/...", as tar -C DIR . writes */
	size_t tl = strcspn(raw, "/");
	const char *after = raw[tl] ? raw + tl + 1 : raw + tl;
	if (tl == 0 || (tl == 1 && raw[0] == '.')) {
		if (*after)
			return "absolute path in archive";
		*rest = xstrdup("");   /* "./": the archive's own folder */
		return NULL;
	}
	char *top = xstrndup(raw, tl);
	char *canon = archive_path_canon(top);
	free(top);
	if (!canon)
		return strstr(raw, "..") ? "path escapes the archive root" : "control character or backslash in path";
	if (!*root)
		*root = canon;
	else if (strcmp(*root, canon) != 0) {
		free(canon);
		return "member outside the package's top folder";
	} else
		free(canon);
	if (after[0] == '/')
		return "absolute path once the top folder is stripped";
	if (strspn(after, "./") == strlen(after) && !strstr(after, "..")) {
		*rest = xstrdup("");   /* "package/", "package/./" */
		return NULL;
	}
	*rest = archive_path_canon(after);
	if (!*rest)
		return strstr(after, "..") ? "path escapes the archive root" : "control character or backslash in path";
	return NULL;
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
		free(f->v[i].link);
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

static int reject(struct ferr *e, const char *what, const char *path, const char *why)
{
	return ferr_set(e, FERR_INPUT, "%s: %s: %s", what, path, why);
}

/* A hardlink's target names a member by its full name: it must lie in the
 * same top folder. */
static int hardlink_inside(const char *target, const char *root)
{
	char *canon = target && target[0] != '/' ? archive_path_canon(target) : NULL;
	size_t rl = strlen(root);
	int ok = canon && strncmp(canon, root, rl) == 0 && canon[rl] == '/';
	free(canon);
	return ok;
}

static int cmp_path(const void *a, const void *b)
{
	return strcmp((*(const struct pkgfile *const *)a)->path, (*(const struct pkgfile *const *)b)->path);
}

/* The first of the sorted members whose path is not below `key`. */
static size_t lower_bound(const struct pkgfile **v, size_t n, const char *key)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(v[mid]->path, key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The symlink member that a symlink's target, read from the link's folder,
 * passes through before its last component, or NULL: the lexical check in
 * link_inside holds only when no folder on the way is itself a link
 * ("a -> ." and "b -> a/.." point above the package). */
static const char *through_link(const struct pkgfile **v, size_t n, const struct pkgfile *l)
{
	const char *slash = strrchr(l->path, '/');
	char *walk = slash ? xasprintf("%.*s/%s", (int)(slash - l->path), l->path, l->link) : xstrdup(l->link);
	struct buf at = {0};
	const char *hit = NULL;
	for (const char *p = walk; *p && !hit;) {
		size_t k = strcspn(p, "/");
		const char *next = p[k] ? p + k + 1 : p + k;
		if (k == 2 && p[0] == '.' && p[1] == '.') {
			char *up = at.len ? strrchr(at.p, '/') : NULL;
			at.len = up ? (size_t)(up - at.p) : 0;
			if (at.p)
				at.p[at.len] = 0;
		} else if (k && !(k == 1 && p[0] == '.')) {
			if (at.len)
				buf_addc(&at, '/');
			buf_add(&at, p, k);
			size_t j = lower_bound(v, n, at.p);
			if (*next && j < n && strcmp(v[j]->path, at.p) == 0 && v[j]->type == 'l')
				hit = v[j]->path;
		}
		p = next;
	}
	buf_free(&at);
	free(walk);
	return hit;
}

/* The tree as a whole, on the canonical paths: two members with one path
 * (installers keep the last, readers often the first; a reviewer would see
 * one and run the other), unless both are folders; and a member below a
 * symlink, which tar -x would write wherever the link points. */
static int check_tree(const struct pkgfiles *f, const char *what, struct ferr *e)
{
	const struct pkgfile **v = xcalloc(f->n ? f->n : 1, sizeof *v);
	for (size_t i = 0; i < f->n; i++)
		v[i] = &f->v[i];
	qsort(v, f->n, sizeof *v, cmp_path);
	int rc = 0;
	for (size_t i = 1; i < f->n && !rc; i++)
		if (strcmp(v[i - 1]->path, v[i]->path) == 0 && (v[i - 1]->type != 'd' || v[i]->type != 'd'))
			rc = reject(e, what, v[i]->path, "two members with the same path");
	for (size_t i = 0; i < f->n && !rc; i++) {
		if (v[i]->type != 'l')
			continue;
		const char *via = through_link(v, f->n, v[i]);
		if (via) {
			rc = ferr_set(e, FERR_INPUT, "%s: %s: symlink target passes through the symlink %s", what, v[i]->path, via);
			break;
		}
		char *below = xasprintf("%s/", v[i]->path);
		size_t k = lower_bound(v, f->n, below);
		if (k < f->n && str_startswith(v[k]->path, below))
			rc = ferr_set(e, FERR_INPUT, "%s: %s: member below the symlink %s", what, v[k]->path, v[i]->path);
		free(below);
	}
	free(v);
	return rc;
}

/* A member's type ('f', 'd', 'l', 'h') after the checks that its header
 * alone decides, or 0 with e set. */
static int member_type(struct archive_entry *ent, const char *path, const char *root, const char *raw,
		       const struct archive_limits *lim, const char *what, struct ferr *e)
{
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
	else
		return reject(e, what, raw, "device node, FIFO or socket in archive"), 0;
	if (type == 'l' && !link_inside(path, archive_entry_symlink(ent) ? archive_entry_symlink(ent) : "/"))
		return reject(e, what, raw, "symlink points outside the package"), 0;
	if (type == 'h' && !hardlink_inside(archive_entry_hardlink(ent), root))
		return reject(e, what, raw, "hardlink points outside the package"), 0;
	if (archive_entry_sparse_count(ent) > 0)
		return reject(e, what, raw, "sparse file in archive"), 0;
	if (archive_entry_size_is_set(ent) && archive_entry_size(ent) > (la_int64_t)lim->max_entry_size)
		return reject(e, what, raw, "entry larger than the size limit"), 0;
	return type;
}

/* The member's data, counted against the limits (*total: the archive's so
 * far; len: its packed size), its bytes in *content when keep and small
 * enough.  0, or -1 with e set and *content freed. */
static int member_data(struct archive *a, char *chunk, const struct archive_limits *lim, size_t len, int keep,
		       size_t *total, struct buf *content, size_t *size, const char *raw, const char *what,
		       struct ferr *e)
{
	la_ssize_t n;
	*size = 0;
	while ((n = archive_read_data(a, chunk, 65536)) > 0) {
		*size += (size_t)n;
		*total += (size_t)n;
		if (*size > lim->max_entry_size) {
			buf_free(content);
			return reject(e, what, raw, "entry larger than the size limit");
		}
		if (*total > lim->max_total || (*total > lim->ratio_floor && *total / lim->ratio > len)) {
			buf_free(content);
			return ferr_set(e, FERR_INPUT, "%s: expands beyond the size limits (archive bomb?)", what);
		}
		if (keep && *size <= lim->max_kept)
			buf_add(content, chunk, (size_t)n);
	}
	if (n < 0) {
		buf_free(content);
		return ferr_set(e, FERR_INPUT, "%s: %s: %s", what, raw, archive_error_string(a));
	}
	return 0;
}

/* The next slot of out->v (cap: its allocated size), zeroed. */
static struct pkgfile *member_add(struct pkgfiles *out, size_t *cap)
{
	if (out->n == *cap) {
		*cap = *cap ? 2 * *cap : 64;
		out->v = xrealloc(out->v, *cap * sizeof *out->v);
	}
	struct pkgfile *f = &out->v[out->n++];
	memset(f, 0, sizeof *f);
	return f;
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
	size_t total = 0, cap = 0;
	char *path = NULL;
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
		free(path);
		const char *why = member_path(raw, &out->root, &path);
		if (why) {
			reject(e, what, raw, why);
			goto out;
		}
		int type = member_type(ent, path, out->root, raw, lim, what, e);
		if (!type)
			goto out;
		int keep = type == 'f' && *path && want && want(path, ctx);
		struct buf content = {0};
		size_t size;
		if (member_data(a, chunk, lim, len, keep, &total, &content, &size, raw, what, e) != 0)
			goto out;
		if (!*path) {
			buf_free(&content);
			if (type == 'd')
				continue;   /* the top folder itself */
			reject(e, what, raw, "member outside the package's top folder");
			goto out;
		}
		struct pkgfile *f = member_add(out, &cap);
		f->path = path;
		path = NULL;
		if (type == 'l')
			f->link = xstrdup(archive_entry_symlink(ent));
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
	if (check_tree(out, what, e) != 0)
		goto out;
	rc = 0;
out:
	free(path);
	free(chunk);
	archive_read_free(a);
	if (rc != 0)
		pkgfiles_free(out);
	return rc;
}
