/* An artifact against its source commit (srcmatch.h). */
#include "srcmatch.h"

#include <stdlib.h>
#include <string.h>

#include "review.h"

void srcmatch_free(struct srcmatch *m)
{
	free(m->source), free(m->commit), free(m->how), free(m->subdir);
	strv_free(&m->only_artifact), strv_free(&m->differ), strv_free(&m->missing), strv_free(&m->generated);
	strv_free(&m->diffs);
	memset(m, 0, sizeof *m);
}

/* the files of src under subdir/, their paths relative to it (borrowed
 * bytes: the view's entries point into src and are freed with it) */
static void view(const struct pkgfiles *src, const char *subdir, struct pkgfiles *out)
{
	memset(out, 0, sizeof *out);
	size_t n = subdir ? strlen(subdir) : 0;
	out->v = xcalloc(src->n + 1, sizeof *out->v);
	for (size_t i = 0; i < src->n; i++) {
		const struct pkgfile *f = &src->v[i];
		if (n && (strncmp(f->path, subdir, n) != 0 || f->path[n] != '/'))
			continue;
		out->v[out->n] = *f;
		out->v[out->n++].path = f->path + (n ? n + 1 : 0);
	}
}

/* the files of f sorted by path, for lookups by binary search */
struct index {
	const struct pkgfile **v;
	size_t n;
};

static int by_path(const void *a, const void *b)
{
	return strcmp((*(const struct pkgfile *const *)a)->path, (*(const struct pkgfile *const *)b)->path);
}

static void index_of(const struct pkgfiles *f, struct index *x)
{
	x->v = xcalloc(f->n + 1, sizeof *x->v);
	x->n = 0;
	for (size_t i = 0; i < f->n; i++)
		if (f->v[i].type == 'f')
			x->v[x->n++] = &f->v[i];
	qsort(x->v, x->n, sizeof *x->v, by_path);
}

static const struct pkgfile *lookup(const struct index *x, const char *path)
{
	struct pkgfile key = {.path = (char *)path};
	const struct pkgfile *k = &key;
	const struct pkgfile **hit = bsearch(&k, x->v, x->n, sizeof *x->v, by_path);
	return hit ? *hit : NULL;
}

/* a diff cut at SRCMATCH_DIFF_LINES lines, counted against the total */
static void keep_diff(struct srcmatch *m, char *d, size_t *total)
{
	size_t lines = 0;
	char *c = d;
	while (*c && lines < SRCMATCH_DIFF_LINES && *total < SRCMATCH_DIFF_TOTAL) {
		c = strchr(c, '\n');
		c = c ? c + 1 : d + strlen(d);
		lines++, (*total)++;
	}
	size_t cut = 0;
	for (char *r = c; *r; r++)
		cut += *r == '\n';
	m->diff_lines_cut += cut;
	if (cut)
		strv_push(&m->diffs, xasprintf("%.*s(%zu more lines)\n", (int)(c - d), d, cut));
	else
		strv_add(&m->diffs, d);
}

int srcmatch_run(const struct pkgfiles *art, const struct pkgfiles *src, const char *subdir, const struct reader *rd,
		 struct srcmatch *out, struct ferr *e)
{
	struct pkgfiles tree;
	view(src, subdir && *subdir ? subdir : NULL, &tree);
	struct strv sel = {0};
	struct index ti, ai;
	index_of(&tree, &ti);
	index_of(art, &ai);
	int rc = rd && rd->pack ? rd->pack(&tree, &sel, e) : ferr_set(e, FERR_USAGE, "source: no pack rules for this ecosystem");
	size_t total = 0;
	for (size_t i = 0; rc == 0 && i < art->n; i++) {
		const struct pkgfile *a = &art->v[i];
		if (a->type != 'f')
			continue;
		const char *copy = rd->pack_copy_of ? rd->pack_copy_of(a->path) : NULL;
		const char *sp = copy ? copy : a->path;
		const struct pkgfile *s = strv_sorted_has(&sel, sp) ? lookup(&ti, sp) : NULL;
		if (rd->pack_generated && rd->pack_generated(a->path)) {
			strv_add(&out->generated, a->path);
		} else if (!s) {
			strv_add(&out->only_artifact, a->path);
		} else if (s->len != a->len || (a->len && memcmp(s->data, a->data, a->len) != 0) || !s->data || !a->data) {
			strv_add(&out->differ, a->path);
			char *d = NULL;
			if (s->data && a->data && file_is_text(s->data, s->len) && file_is_text(a->data, a->len) &&
			    (rc = diff_unified(a->path, s->data, s->len, a->data, a->len, &d, e)) == 0 && d)
				keep_diff(out, d, &total);
			free(d);
		} else {
			out->same++;
		}
	}
	for (size_t i = 0; rc == 0 && i < sel.n; i++) {
		const struct pkgfile *a = lookup(&ai, sel.v[i]);
		if (!a && !(rd->pack_generated && rd->pack_generated(sel.v[i])))
			strv_add(&out->missing, sel.v[i]);
	}
	strv_sort(&out->only_artifact), strv_sort(&out->differ), strv_sort(&out->missing), strv_sort(&out->generated);
	strv_free(&sel);
	free(tree.v), free(ti.v), free(ai.v);
	return rc;
}
