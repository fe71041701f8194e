/* review_run: the metadata delta, the file delta (with unified diffs of
 * changed text files), then the rules. */
#include <stdlib.h>
#include <string.h>

#include "review.h"
#include "../core/date.h"
#include "../core/util.h"

static void meta_add(struct review *r, char *field, const char *old, const char *new, char *note)
{
	r->meta = xrealloc(r->meta, (r->nmeta + 1) * sizeof *r->meta);
	r->meta[r->nmeta++] = (struct metachange){field, old ? xstrdup(old) : NULL, new ? xstrdup(new) : NULL, note};
}

/* a scalar field: reported when it differs (or, first review, when set) */
static void meta_scalar(struct review *r, const struct pkg *o, const char *field, const char *ov, const char *nv)
{
	ov = ov ? ov : "";
	nv = nv ? nv : "";
	if (o ? strcmp(ov, nv) == 0 : !*nv)
		return;
	meta_add(r, xstrdup(field), o && *ov ? ov : NULL, *nv ? nv : NULL, NULL);
}

/* "KEY: value" lists (hooks) and "NAME\tPATH" lists (bins) by key */
static void meta_keyed(struct review *r, const char *what, const struct strv *ov, const struct strv *nv, char sep)
{
	static const struct strv none;
	ov = ov ? ov : &none;
	for (int side = 0; side < 2; side++) {
		const struct strv *a = side ? nv : ov, *b = side ? ov : nv;
		for (size_t i = 0; i < a->n; i++) {
			const char *s = a->v[i], *k = strchr(s, sep);
			size_t kl = k ? (size_t)(k - s) : strlen(s);
			const char *match = NULL;
			for (size_t j = 0; j < b->n; j++)
				if (strncmp(b->v[j], s, kl) == 0 && (b->v[j][kl] == sep || !b->v[j][kl]))
					match = b->v[j];
			if (side == 0 && !match)
				meta_add(r, xasprintf("%s %.*s", what, (int)kl, s), s, NULL, NULL);
			else if (side == 1 && !match)
				meta_add(r, xasprintf("%s %.*s", what, (int)kl, s), NULL, s, NULL);
			else if (side == 1 && strcmp(match, s) != 0)
				meta_add(r, xasprintf("%s %.*s", what, (int)kl, s), match, s, NULL);
		}
	}
}

static char *joined(const struct strv *s)
{
	struct strv c = {0};
	for (size_t i = 0; i < s->n; i++)
		strv_add(&c, s->v[i]);
	strv_sort(&c);
	strv_uniq(&c);
	char *out = strv_join(&c, ", ");
	strv_free(&c);
	return out;
}

static const struct dep *find_dep(const struct pkg *p, const char *name, enum dep_kind k)
{
	for (size_t i = 0; p && i < p->ndeps; i++)
		if (p->deps[i].kind == k && strcmp(p->deps[i].name, name) == 0)
			return &p->deps[i];
	return NULL;
}

static const struct depfact *fact(const struct review_in *in, const char *name)
{
	for (size_t i = 0; i < in->ndeps; i++)
		if (strcmp(in->deps[i].name, name) == 0)
			return &in->deps[i];
	return NULL;
}

static char *dep_note(const struct review_in *in, const char *name)
{
	const struct depfact *f = fact(in, name);
	if (!f)
		return NULL;
	char *reg;
	long long t0 = date_parse_iso(f->first), t1 = date_parse_iso(in->new->publish_time);
	if (f->missing)
		reg = xstrdup("not in the registry");
	else if (!*f->first)
		reg = xstrdup("first publish time unknown");
	else if (t0 >= 0 && t1 >= 0)
		reg = xasprintf("first published %s, %lld days before this version", f->first, (t1 - t0) / 86400);
	else
		reg = xasprintf("first published %s", f->first);
	if (!f->distro)
		return reg;
	char *s = *f->distro ? xasprintf("%s; in the distribution: %s", reg, f->distro)
			     : xasprintf("%s; not in the distribution", reg);
	free(reg);
	return s;
}

static void meta_deps(struct review *r, const struct review_in *in)
{
	const struct pkg *o = in->old, *n = in->new;
	for (size_t i = 0; o && i < o->ndeps; i++)
		if (!find_dep(n, o->deps[i].name, o->deps[i].kind))
			meta_add(r, xasprintf("dependency %s (%s)", o->deps[i].name, dep_kind_str(o->deps[i].kind)),
				 o->deps[i].range, NULL, NULL);
	for (size_t i = 0; i < n->ndeps; i++) {
		const struct dep *d = &n->deps[i], *od = find_dep(o, d->name, d->kind);
		if (od && strcmp(od->range, d->range) == 0)
			continue;
		char *note = od ? NULL : dep_note(in, d->name);
		meta_add(r, xasprintf("dependency %s (%s)", d->name, dep_kind_str(d->kind)), od ? od->range : NULL,
			 d->range, note);
	}
}

/* compare: against another package (review_compare), where what it says
 * of itself matters too */
static void meta_delta(struct review *r, const struct review_in *in, int compare)
{
	const struct pkg *o = in->old, *n = in->new;
	meta_scalar(r, o, "version", o ? o->version : NULL, n->version);
	if (compare)
		meta_scalar(r, o, "description", o->description, n->description);
	meta_deps(r, in);
	meta_keyed(r, "install hook", o ? &o->hooks : NULL, &n->hooks, ':');
	meta_scalar(r, o, "build backend", o ? o->build_backend : NULL, n->build_backend);
	meta_keyed(r, "bin", o ? &o->bins : NULL, &n->bins, '\t');
	meta_keyed(r, "native code", o ? &o->native : NULL, &n->native, '\n');
	meta_scalar(r, o, "license", o ? o->license : NULL, n->license);
	meta_scalar(r, o, "repository", o ? o->repository : NULL, n->repository);
	if (compare)
		meta_scalar(r, o, "author", o->author, n->author);
	meta_scalar(r, o, "publisher", o ? o->publisher : NULL, n->publisher);
	char *om = o ? joined(&o->maintainers) : NULL, *nm = joined(&n->maintainers);
	meta_scalar(r, o, "maintainers", om, nm);
	free(om), free(nm);
	meta_scalar(r, o, "publish time", o ? o->publish_time : NULL, n->publish_time);
}

/* ---- files -------------------------------------------------------------- */

/* A tarball's files by path, sorted once (a path's first entry first), so
 * that comparing two tarballs of many files is no search per file. */
struct byname {
	const struct pkgfile **v;
	size_t n;
};

static int cmp_entry(const void *a, const void *b)
{
	const struct pkgfile *x = *(const struct pkgfile *const *)a, *y = *(const struct pkgfile *const *)b;
	int c = strcmp(x->path, y->path);
	return c ? c : (x > y) - (x < y);
}

static void byname_init(struct byname *ix, const struct pkgfiles *f)
{
	ix->n = f ? f->n : 0;
	ix->v = xcalloc(ix->n + 1, sizeof *ix->v);
	for (size_t i = 0; i < ix->n; i++)
		ix->v[i] = &f->v[i];
	qsort(ix->v, ix->n, sizeof *ix->v, cmp_entry);
}

/* pkgfiles_find's answer: the first entry with that path */
static const struct pkgfile *find(const struct byname *ix, const char *path)
{
	size_t lo = 0, hi = ix->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(ix->v[mid]->path, path) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < ix->n && strcmp(ix->v[lo]->path, path) == 0 ? ix->v[lo] : NULL;
}

static int cmp_file(const void *a, const void *b)
{
	return strcmp(((const struct filechange *)a)->path, ((const struct filechange *)b)->path);
}

static int file_changes(struct review *r, const struct pkgfiles *of, const struct pkgfiles *nf,
			const struct byname *oix, const struct byname *nix, struct ferr *e);

static int file_delta(struct review *r, const struct review_in *in, struct ferr *e)
{
	const struct pkgfiles *of = in->oldf, *nf = in->newf;
	for (size_t i = 0; of && i < of->n; i++)
		if (of->v[i].type == 'f')
			r->old_bytes += of->v[i].size;
	for (size_t i = 0; i < nf->n; i++)
		if (nf->v[i].type == 'f')
			r->new_bytes += nf->v[i].size;
	struct byname oix, nix;
	byname_init(&oix, of);
	byname_init(&nix, nf);
	int rc = file_changes(r, of, nf, &oix, &nix, e);
	free(oix.v);
	free(nix.v);
	if (rc == 0 && in->old && r->nfiles)   /* a first review lists nothing: every file is new */
		qsort(r->files, r->nfiles, sizeof *r->files, cmp_file);
	return rc;
}

static int file_changes(struct review *r, const struct pkgfiles *of, const struct pkgfiles *nf,
			const struct byname *oix, const struct byname *nix, struct ferr *e)
{
	for (int side = 0; side < 2; side++) {
		const struct pkgfiles *a = side ? nf : of;
		const struct byname *b = side ? oix : nix;
		for (size_t i = 0; a && i < a->n; i++) {
			const struct pkgfile *x = &a->v[i], *y = find(b, x->path);
			if (x->type != 'f')
				continue;
			if (y && y->type == 'f' && side == 0)
				continue;   /* seen from the new side */
			struct filechange c = {xstrdup(x->path), 0, 0, 0, 0, NULL};
			if (side == 0) {
				c.status = 'D', c.old_size = x->size;
			} else if (!y || y->type != 'f') {
				c.status = 'A', c.new_size = x->size;
			} else {
				int same = x->size == y->size && x->data && y->data && memcmp(x->data, y->data, x->len) == 0;
				if (same || (x->size == y->size && (!x->data || !y->data))) {
					free(c.path);
					continue;
				}
				c.status = 'M', c.old_size = y->size, c.new_size = x->size;
			}
			const struct pkgfile *nx = side ? x : NULL, *ox = side ? y : x;
			if ((nx && (!nx->data || !file_is_text(nx->data, nx->len))) ||
			    (ox && ox->type == 'f' && (!ox->data || !file_is_text(ox->data, ox->len))))
				c.binary = 1;
			if (c.status == 'M' && !c.binary &&
			    diff_unified(c.path, y->data, y->len, x->data, x->len, &c.diff, e) != 0) {
				free(c.path);
				return -1;
			}
			if ((r->nfiles & (r->nfiles - 1)) == 0)   /* at 0, 1, 2, 4, ...: to the next power of two */
				r->files = xrealloc(r->files, (r->nfiles ? 2 * r->nfiles : 1) * sizeof *r->files);
			r->files[r->nfiles++] = c;
		}
	}
	return 0;
}

/* ---- findings ----------------------------------------------------------- */

static int cmp_finding(const void *a, const void *b)
{
	const struct finding *x = a, *y = b;
	if (x->sev != y->sev)
		return x->sev > y->sev ? -1 : 1;
	int c = strcmp(x->rule, y->rule);
	if (c)
		return c;
	c = strcmp(x->evidence, y->evidence);
	return c ? c : strcmp(x->why, y->why);
}

int review_run(const struct review_in *in, struct review *out, struct ferr *e)
{
	memset(out, 0, sizeof *out);
	if (in->old)
		meta_delta(out, in, 0);
	else
		meta_deps(out, in), meta_keyed(out, "install hook", NULL, &in->new->hooks, ':');
	if (file_delta(out, in, e) != 0)
		return -1;
	if (!in->old) {   /* a first review: the listing is the package, not a delta */
		for (size_t i = 0; i < out->nfiles; i++)
			free(out->files[i].path);
		free(out->files);
		out->files = NULL, out->nfiles = 0;
	}
	rules_run(in, out);
	if (out->nfindings)
		qsort(out->findings, out->nfindings, sizeof *out->findings, cmp_finding);
	return 0;
}

int review_compare(const struct review_in *in, struct review *out, struct ferr *e)
{
	memset(out, 0, sizeof *out);
	meta_delta(out, in, 1);
	return file_delta(out, in, e);
}

void review_cap_diffs(struct review *r, size_t per_file, size_t total)
{
	size_t left = total;
	for (size_t i = 0; i < r->nfiles; i++) {
		char *d = r->files[i].diff;
		if (!d)
			continue;
		size_t keep = per_file < left ? per_file : left, lines = 0, cut = 0;
		const char *end = NULL;
		for (const char *p = d; *p; lines++) {
			const char *nl = strchr(p, '\n');
			p = nl ? nl + 1 : p + strlen(p);
			if (lines + 1 == keep)
				end = p;
		}
		if (lines > keep) {
			cut = lines - keep;
			struct buf b = {0};
			buf_add(&b, d, end ? (size_t)(end - d) : 0);
			buf_printf(&b, "(%zu more line%s of this diff not shown: diffs are cut at %zu lines a file, %zu in all)\n",
				   cut, cut == 1 ? "" : "s", per_file, total);
			free(d);
			r->files[i].diff = buf_steal(&b);
		}
		left -= lines - cut;
		r->diff_lines_cut += cut;
	}
}

enum severity review_worst(const struct review *r)
{
	enum severity w = SEV_INFO;
	for (size_t i = 0; i < r->nfindings; i++)
		if (r->findings[i].sev > w)
			w = r->findings[i].sev;
	return w;
}

void review_free(struct review *r)
{
	for (size_t i = 0; i < r->nmeta; i++)
		free(r->meta[i].field), free(r->meta[i].old), free(r->meta[i].new), free(r->meta[i].note);
	for (size_t i = 0; i < r->nfiles; i++)
		free(r->files[i].path), free(r->files[i].diff);
	for (size_t i = 0; i < r->nfindings; i++)
		free(r->findings[i].why), free(r->findings[i].evidence);
	free(r->meta), free(r->files), free(r->findings);
	strv_free(&r->impersonated);
	memset(r, 0, sizeof *r);
}
