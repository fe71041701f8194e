/* A generated tree moved onto a new generation, edits kept (updatetree.h). */
#include "updatetree.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "merge3.h"
#include "../fetch/digest.h"
#include "../fetch/localfile.h"
#include "../fetch/outdir.h"

enum disk { DISK_NONE, DISK_FILE, DISK_OTHER, DISK_BIG };

/* the packager's copy: its bytes (DISK_FILE), or what is there instead */
static char *read_disk(const char *path, size_t *len, int *mode, enum disk *kind, struct ferr *e)
{
	struct stat st;
	*len = 0, *mode = 0;
	if (lstat(path, &st) != 0) {
		*kind = DISK_NONE;
		if (errno != ENOENT)
			ferr_set(e, FERR_IO, "%s: cannot read: %s", path, strerror(errno));
		return NULL;
	}
	if (!S_ISREG(st.st_mode)) {
		*kind = DISK_OTHER;
		return NULL;
	}
	*mode = (int)(st.st_mode & 0777);
	if ((size_t)st.st_size > OUTDIR_MAX_BASE) {
		*kind = DISK_BIG;
		return NULL;
	}
	char *s = localfile_read(path, OUTDIR_MAX_BASE, len);
	*kind = DISK_FILE;
	if (!s)
		ferr_set(e, FERR_IO, "%s: cannot read: %s", path, strerror(errno));
	return s;
}

static int has_digest(const char *data, size_t len, const char *sha)
{
	char *d = digest_hex(DIGEST_SHA256, data, len);
	int same = strcmp(d, sha) == 0;
	free(d);
	return same;
}

/* the merge base of a file whose generation had digest sha; NULL when it
 * is not at hand or not those bytes */
static char *read_base(const char *out, const char *sha, size_t *len)
{
	char *path = xasprintf("%s/.ferry/base/%s", out, sha);
	char *s = localfile_read(path, OUTDIR_MAX_BASE, len);
	free(path);
	if (s && !has_digest(s, *len, sha)) {
		free(s);
		s = NULL;
	}
	return s;
}

/* the offset just after the line `mark` in t, or -1 */
static long mark_end(struct merge_text t, const char *mark)
{
	size_t m = strlen(mark);
	for (size_t i = 0; i + m <= t.len; i++)
		if ((i == 0 || t.data[i - 1] == '\n') && memcmp(t.data + i, mark, m) == 0 &&
		    (i + m == t.len || t.data[i + m] == '\n'))
			return (long)(i + m + (i + m < t.len));
	return -1;
}

/* the line of t that starts with field, or an empty text */
static struct merge_text field_line(struct merge_text t, const char *field)
{
	size_t f = strlen(field);
	for (size_t i = 0; i + f <= t.len; i++)
		if ((i == 0 || t.data[i - 1] == '\n') && memcmp(t.data + i, field, f) == 0) {
			const char *nl = memchr(t.data + i, '\n', t.len - i);
			return (struct merge_text){t.data + i, nl ? (size_t)(nl - t.data) - i : t.len - i};
		}
	return (struct merge_text){"", 0};
}

/* base with its field line replaced by yours' (both must have one): the
 * packager's value of a field the new generation sets back counts as
 * ferry's, so the merge takes the new one */
static char *reset_field(struct merge_text base, struct merge_text yours, const char *field, size_t *len)
{
	struct merge_text b = field_line(base, field), y = field_line(yours, field);
	struct buf out = {0};
	if (!b.len || !y.len) {
		buf_add(&out, base.data, base.len);
	} else {
		size_t at = (size_t)(b.data - base.data);
		buf_add(&out, base.data, at);
		buf_add(&out, y.data, y.len);
		buf_add(&out, b.data + b.len, base.len - at - b.len);
	}
	*len = out.len;
	return out.p ? buf_steal(&out) : xstrdup("");
}

/* One edited file: the merge of yours, base and neu into *out; the
 * changelog file (changelog set) keeps the new generation's entries. */
static int merge_file(const char *path, const struct family *f, int changelog, struct merge_text yours,
		      struct merge_text base, struct merge_text neu, const char *ol, const char *nl, char **out,
		      size_t *outlen, int *conflicts, struct ferr *e)
{
	if (changelog && !f->changelog_mark) {   /* the new entry on top of the packager's */
		*out = xstrndup(neu.data, neu.len);
		*outlen = neu.len, *conflicts = 0;
		return 0;
	}
	long ye = changelog ? mark_end(yours, f->changelog_mark) : -1;
	long be = changelog ? mark_end(base, f->changelog_mark) : -1;
	long ne = changelog ? mark_end(neu, f->changelog_mark) : -1;
	if (ye < 0 || be < 0 || ne < 0)   /* no changelog to keep apart: all of it */
		return merge3(path, yours, base, neu, ol, nl, out, outlen, conflicts, e);
	struct merge_text yp = {yours.data, (size_t)ye}, np = {neu.data, (size_t)ne};
	size_t bl = (size_t)be;
	char *b = f->reset_field ? reset_field((struct merge_text){base.data, (size_t)be}, yp, f->reset_field, &bl)
				 : xstrndup(base.data, (size_t)be);
	char *pre;
	size_t prelen;
	int rc = merge3(path, yp, (struct merge_text){b, bl}, np, ol, nl, &pre, &prelen, conflicts, e);
	free(b);
	if (rc != 0)
		return -1;
	struct buf all = {0};
	buf_add(&all, pre, prelen);
	buf_add(&all, neu.data + ne, neu.len - (size_t)ne);
	free(pre);
	*outlen = all.len;
	*out = all.p ? buf_steal(&all) : xstrdup("");
	return 0;
}

/* ---- the versions a merge looks through -------------------------------- */

#define PLACEHOLDER "\001ferry-version-%zu\001"

static int has_bytes(struct merge_text t, const char *needle)
{
	size_t n = strlen(needle);
	for (size_t i = 0; i + n <= t.len; i++)
		if (memcmp(t.data + i, needle, n) == 0)
			return 1;
	return 0;
}

/* 1 when s[at..at+n) stands alone as a version: no digit or '.' before,
 * no digit or ".DIGIT" after */
static int alone(const char *s, size_t len, size_t at, size_t n)
{
	if (at > 0 && (isdigit((unsigned char)s[at - 1]) || s[at - 1] == '.'))
		return 0;
	size_t e = at + n;
	if (e < len && isdigit((unsigned char)s[e]))
		return 0;
	return !(e + 1 < len && s[e] == '.' && isdigit((unsigned char)s[e + 1]));
}

/* the lines of t (without their newlines), sorted, into out */
static void lines_of(struct merge_text t, struct strv *out)
{
	for (size_t at = 0; at < t.len;) {
		const char *nl = memchr(t.data + at, '\n', t.len - at);
		size_t ll = nl ? (size_t)(nl - t.data) - at : t.len - at;
		strv_push(out, xstrndup(t.data + at, ll));
		at += ll + (nl != NULL);
	}
	strv_sort(out);
}

/* t with each version from[k] standing alone replaced by placeholder k,
 * in every line, or with only set only in the lines only has too (sorted,
 * lines_of) */
static char *look_through(struct merge_text t, const char *const *from, size_t nv, const struct strv *only,
			  size_t *outlen)
{
	struct buf b = {0};
	for (size_t at = 0; at < t.len;) {
		const char *nl = memchr(t.data + at, '\n', t.len - at);
		size_t ll = nl ? (size_t)(nl - t.data) - at + 1 : t.len - at;
		int go = !only;
		if (only) {
			char *line = xstrndup(t.data + at, nl ? ll - 1 : ll);
			go = strv_sorted_has(only, line);
			free(line);
		}
		for (size_t i = at; i < at + ll;) {
			size_t k = 0, n = 0;
			for (; go && k < nv; k++) {
				n = strlen(from[k]);
				if (n && i + n <= at + ll && memcmp(t.data + i, from[k], n) == 0 && alone(t.data, t.len, i, n))
					break;
			}
			if (go && k < nv) {
				buf_printf(&b, PLACEHOLDER, k);
				i += n;
			} else {
				buf_addc(&b, t.data[i++]);
			}
		}
		at += ll;
	}
	*outlen = b.len;
	return b.p ? buf_steal(&b) : xstrdup("");
}

/* the placeholders back as the new versions */
static char *restore(const char *s, size_t len, const char *const *to, size_t nv, size_t *outlen)
{
	struct buf b = {0};
	for (size_t i = 0; i < len;) {
		size_t k = 0, n = 0;
		char ph[48];
		for (; k < nv; k++) {
			n = (size_t)snprintf(ph, sizeof ph, PLACEHOLDER, k);
			if (i + n <= len && memcmp(s + i, ph, n) == 0)
				break;
		}
		if (k < nv) {
			buf_adds(&b, to[k]);
			i += n;
		} else {
			buf_addc(&b, s[i++]);
		}
	}
	*outlen = b.len;
	return b.p ? buf_steal(&b) : xstrdup("");
}

/* ---- one file ---------------------------------------------------------- */

struct upctx {
	const char *out, *clpath;
	const struct family *f;
	const struct outrecord *rec;
	const char *ol, *nl;
	const struct update_versions *vs;
	struct outtree *tree;
	struct update_result *r;
};

/* an edited file merged, its versions looked through: a line ferry wrote
 * that only moves from the old version to the new one is no change of
 * ferry's, so an edit beside it does not conflict (the packager's own
 * lines keep their versions as they are) */
static int merge_edited(const struct upctx *c, const char *disk, int changelog, struct merge_text y,
			struct merge_text b, struct merge_text n, char **out, size_t *outlen, int *conflicts,
			struct ferr *e)
{
	size_t nv = c->vs ? c->vs->n : 0;
	int clean = nv > 0;
	for (size_t k = 0; k < nv; k++) {
		char ph[48];
		snprintf(ph, sizeof ph, PLACEHOLDER, k);
		clean &= !has_bytes(y, ph) && !has_bytes(b, ph) && !has_bytes(n, ph);
	}
	if (!clean)
		return merge_file(disk, c->f, changelog, y, b, n, c->ol, c->nl, out, outlen, conflicts, e);
	struct strv only = {0};
	lines_of(b, &only);
	size_t yl, bl, nlen, ml;
	char *yy = look_through(y, c->vs->old, nv, &only, &yl), *bb = look_through(b, c->vs->old, nv, NULL, &bl);
	char *nn = look_through(n, c->vs->neu, nv, NULL, &nlen), *merged;
	int rc = merge_file(disk, c->f, changelog, (struct merge_text){yy, yl}, (struct merge_text){bb, bl},
			    (struct merge_text){nn, nlen}, c->ol, c->nl, &merged, &ml, conflicts, e);
	if (rc == 0) {
		*out = restore(merged, ml, c->vs->neu, nv, outlen);
		free(merged);
	}
	strv_free(&only);
	free(yy), free(bb), free(nn);
	return rc;
}

/* One generated file under TOP against the packager's copy */
static int update_file(const struct upctx *c, const struct outfile *g, struct ferr *e)
{
	const struct outrecord_file *rf = outrecord_find(c->rec, g->path);
	char *disk = xasprintf("%s/%s", c->out, g->path);
	struct outtree *tree = c->tree;
	struct update_result *r = c->r;
	size_t len;
	int mode, rc = 0;
	enum disk kind;
	char *yours = read_disk(disk, &len, &mode, &kind, e);
	if (kind == DISK_NONE && e->kind == FERR_NONE && !rf)
		outtree_add_bytes(tree, g->path, g->data, g->len, g->mode);   /* new in this generation */
	else if (kind == DISK_NONE && e->kind == FERR_NONE) {
		/* recorded as removed, so that it stays out next time too */
		outtree_add_removed(tree, g->path, g->data, g->len);
		strv_push(&r->notes, xasprintf("%s: removed since ferry wrote it: left out", disk));
	}
	else if (kind == DISK_OTHER || kind == DISK_BIG)
		strv_push(&r->notes, xasprintf("%s: %s: left as it is", disk,
					       kind == DISK_BIG ? "over 4 MiB" : "not a regular file"));
	else if (kind == DISK_FILE && yours && !rf)
		strv_push(&r->notes, xasprintf("%s: not written by ferry, though ferry generates it now: yours kept",
					       disk));
	else if (kind == DISK_FILE && yours && memchr(yours, 0, len))
		strv_push(&r->notes, xasprintf("%s: not text (a NUL byte), so not merged: yours kept", disk));
	else if (kind == DISK_FILE && yours && has_digest(yours, len, rf->sha256))
		outtree_add_bytes(tree, g->path, g->data, g->len, g->mode);   /* unedited */
	else if (kind == DISK_FILE && yours) {
		size_t bl = 0, ml;
		char *base = read_base(c->out, rf->sha256, &bl);
		char *merged;
		int conflicts;
		rc = merge_edited(c, disk, strcmp(g->path, c->clpath) == 0, (struct merge_text){yours, len},
				  (struct merge_text){base ? base : "", bl}, (struct merge_text){g->data, g->len}, &merged,
				  &ml, &conflicts, e);
		if (rc == 0) {
			/* the packager's mode where they changed it */
			outtree_add_bytes(tree, g->path, merged, ml, mode != rf->mode ? mode : g->mode);
			if (ml != g->len || memcmp(merged, g->data, ml) != 0)
				outtree_set_gen(tree, g->data, g->len);
			r->merged++;
			if (conflicts)
				strv_push(&r->conflicts, xasprintf("%s: %d conflicting hunk%s%s", disk, conflicts,
								   conflicts == 1 ? "" : "s",
								   base ? "" : " (no merge base: the whole file)"));
			free(merged);
		}
		free(base);
	}
	if (e->kind != FERR_NONE)
		rc = -1;
	free(yours);
	free(disk);
	return rc;
}

int updatetree_merge(const char *out, const char *top, const struct family *f, const struct outrecord *rec,
		     const struct outtree *gen, const char *old_label, const char *new_label,
		     const struct update_versions *vs, struct outtree *tree, struct update_result *r, struct ferr *e)
{
	memset(r, 0, sizeof *r);
	char *clpath = xasprintf(f->changelog_file, top);
	struct upctx c = {out, clpath, f, rec, old_label, new_label, vs, tree, r};
	size_t tl = strlen(top);
	int rc = 0;
	tree->top = gen->top ? xstrdup(gen->top) : NULL;
	for (size_t i = 0; i < gen->n && rc == 0; i++) {
		const struct outfile *g = &gen->v[i];
		if (strncmp(g->path, top, tl) != 0 || g->path[tl] != '/')
			outtree_add_bytes(tree, g->path, g->data, g->len, g->mode);   /* beside TOP */
		else
			rc = update_file(&c, g, e);
	}
	free(clpath);
	return rc;
}

char *updatetree_history(const struct family *f, const char *text)
{
	if (!f->changelog_mark)
		return xstrdup(text);
	long at = mark_end((struct merge_text){text, strlen(text)}, f->changelog_mark);
	return at < 0 ? NULL : xstrdup(text + at);
}

void update_result_free(struct update_result *r)
{
	strv_free(&r->conflicts);
	strv_free(&r->notes);
	memset(r, 0, sizeof *r);
}
