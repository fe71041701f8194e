#include "model.h"

#include <stdlib.h>
#include <string.h>

#include "date.h"

#define NLISTS 19

static void all_lists(struct pkg *p, struct strv *l[NLISTS])
{
	struct strv *all[NLISTS] = {&p->maintainers, &p->hooks, &p->bins, &p->mans, &p->licenses,
				    &p->docs, &p->files, &p->native, &p->notes, &p->prebuilt,
				    &p->build_requires, &p->modules, &p->dev_hooks, &p->hook_files,
				    &p->license_texts, &p->nosource, &p->nosource_kept, &p->platform,
				    &p->signatures};
	memcpy(l, all, sizeof all);
}

static void dep_free(struct dep *d)
{
	free(d->name);
	free(d->range);
	free(d->alias);
	free(d->target);
	free(d->extra);
	free(d->line);
	strv_free(&d->features);
}

void pkg_clear_deps(struct pkg *p)
{
	for (size_t i = 0; i < p->ndeps; i++)
		dep_free(&p->deps[i]);
	free(p->deps);
	p->deps = NULL;
	p->ndeps = 0;
}

void pkg_drop_dep(struct pkg *p, size_t i)
{
	if (i >= p->ndeps)
		return;
	dep_free(&p->deps[i]);
	memmove(&p->deps[i], &p->deps[i + 1], (p->ndeps - i - 1) * sizeof *p->deps);
	p->ndeps--;
}

void provenance_free(struct provenance *v)
{
	if (!v)
		return;
	free(v->repository), free(v->commit), free(v->ref), free(v->workflow), free(v->builder), free(v->issuer);
	free(v->publish_key), free(v->log_index);
	free(v);
}

struct provenance *provenance_dup(const struct provenance *v)
{
	if (!v)
		return NULL;
	struct provenance *d = xcalloc(1, sizeof *d);
	d->repository = xstrdup(v->repository), d->commit = xstrdup(v->commit), d->ref = xstrdup(v->ref);
	d->workflow = xstrdup(v->workflow), d->builder = xstrdup(v->builder), d->issuer = xstrdup(v->issuer);
	d->publish_key = xstrdup(v->publish_key), d->log_index = xstrdup(v->log_index);
	d->time = v->time;
	return d;
}

void pkg_free(struct pkg *p)
{
	provenance_free(p->provenance);
	p->provenance = NULL;
	char **strs[] = {&p->name, &p->version, &p->description, &p->license, &p->homepage,
			 &p->repository, &p->author, &p->publish_time, &p->publisher,
			 &p->source_url, &p->source_file, &p->source_root, &p->sha512,
			 &p->integrity, &p->shasum, &p->manifest,
			 &p->license_text, &p->cksum, &p->links, &p->rust_version,
			 &p->documentation, &p->requires_python, &p->build_backend, &p->signed_by,
			 &p->attestations, &p->provenance_note, &p->vcs_commit, &p->vcs_path};
	for (size_t i = 0; i < sizeof strs / sizeof strs[0]; i++) {
		free(*strs[i]);
		*strs[i] = NULL;
	}
	pkg_clear_deps(p);
	for (size_t i = 0; i < p->nfeatures; i++) {
		free(p->features[i].name);
		strv_free(&p->features[i].items);
	}
	free(p->features);
	p->features = NULL;
	p->nfeatures = 0;
	struct strv *lists[NLISTS];
	all_lists(p, lists);
	for (size_t i = 0; i < NLISTS; i++)
		strv_free(lists[i]);
}

struct dep *pkg_add_dep(struct pkg *p, const char *name, const char *range, enum dep_kind kind)
{
	if ((p->ndeps & (p->ndeps - 1)) == 0)   /* at 0, 1, 2, 4, ...: room to the next power of two */
		p->deps = xrealloc(p->deps, (p->ndeps ? 2 * p->ndeps : 1) * sizeof *p->deps);
	struct dep *d = &p->deps[p->ndeps++];
	memset(d, 0, sizeof *d);
	d->name = xstrdup(name);
	d->range = xstrdup(range);
	d->kind = kind;
	return d;
}

struct feature *pkg_add_feature(struct pkg *p, const char *name)
{
	if ((p->nfeatures & (p->nfeatures - 1)) == 0)
		p->features = xrealloc(p->features, (p->nfeatures ? 2 * p->nfeatures : 1) * sizeof *p->features);
	struct feature *f = &p->features[p->nfeatures++];
	memset(f, 0, sizeof *f);
	f->name = xstrdup(name);
	return f;
}

struct feature_at {
	const char *name;
	size_t at;
};

static int cmp_feature_at(const void *a, const void *b)
{
	const struct feature_at *x = a, *y = b;
	int c = strcmp(x->name, y->name);
	return c ? c : (x->at > y->at) - (x->at < y->at);
}

void pkg_uniq_features(struct pkg *p)
{
	if (p->nfeatures < 2)
		return;
	struct feature_at *s = xmalloc(p->nfeatures * sizeof *s);
	unsigned char *keep = xcalloc(p->nfeatures, 1);
	for (size_t i = 0; i < p->nfeatures; i++)
		s[i] = (struct feature_at){p->features[i].name, i};
	qsort(s, p->nfeatures, sizeof *s, cmp_feature_at);
	for (size_t i = 0; i < p->nfeatures; i++)
		keep[s[i].at] = i == 0 || strcmp(s[i - 1].name, s[i].name) != 0;
	free(s);
	size_t o = 0;
	for (size_t i = 0; i < p->nfeatures; i++) {
		if (keep[i]) {
			p->features[o++] = p->features[i];
		} else {
			free(p->features[i].name);
			strv_free(&p->features[i].items);
		}
	}
	p->nfeatures = o;
	free(keep);
}

const struct feature *pkg_feature(const struct pkg *p, const char *name)
{
	for (size_t i = 0; i < p->nfeatures; i++)
		if (strcmp(p->features[i].name, name) == 0)
			return &p->features[i];
	return NULL;
}

static int cmp0(const char *a, const char *b)
{
	return strcmp(a ? a : "", b ? b : "");
}

/* kind, name, then what tells two entries for one name apart */
static int cmp_dep(const void *a, const void *b)
{
	const struct dep *x = a, *y = b;
	if (x->kind != y->kind)
		return (int)x->kind - (int)y->kind;
	int c = strcmp(x->name, y->name);
	if (!c)
		c = cmp0(x->target, y->target);
	if (!c)
		c = cmp0(x->extra, y->extra);
	if (!c)
		c = cmp0(x->alias, y->alias);
	if (!c)
		c = strcmp(x->range, y->range);
	return c;
}

static int cmp_feature(const void *a, const void *b)
{
	return strcmp(((const struct feature *)a)->name, ((const struct feature *)b)->name);
}

void pkg_sort(struct pkg *p)
{
	if (p->ndeps > 1)
		qsort(p->deps, p->ndeps, sizeof *p->deps, cmp_dep);
	for (size_t i = 0; i < p->ndeps; i++) {
		strv_sort(&p->deps[i].features);
		strv_uniq(&p->deps[i].features);
	}
	if (p->nfeatures > 1)
		qsort(p->features, p->nfeatures, sizeof *p->features, cmp_feature);
	struct strv *lists[NLISTS];
	all_lists(p, lists);
	for (size_t i = 0; i < NLISTS; i++) {
		strv_sort(lists[i]);
		strv_uniq(lists[i]);
	}
}

const char *dep_kind_str(enum dep_kind k)
{
	static const char *names[] = {"runtime", "optional", "peer", "dev", "build", "optional peer"};
	return names[k];
}

int dep_kind_optional(enum dep_kind k)
{
	return k == DEP_OPTIONAL || k == DEP_PEER_OPTIONAL;
}

/* ---- history ------------------------------------------------------------ */

void history_add(struct history *h, const char *version, const char *time, int yanked, const char *deprecated)
{
	h->v = xrealloc(h->v, (h->n + 1) * sizeof *h->v);
	struct hist_version *x = &h->v[h->n++];
	x->version = xstrdup(version);
	x->time = xstrdup(time ? time : "");
	x->yanked = yanked;
	x->deprecated = deprecated ? xstrdup(deprecated) : NULL;
}

void history_settle(struct history *h)
{
	/* the earliest time of any version, when the registry has no "created" */
	for (size_t i = 0; i < h->n; i++) {
		if (!*h->v[i].time)
			continue;
		if (!h->first || !*h->first || date_parse_iso(h->v[i].time) < date_parse_iso(h->first)) {
			free(h->first);
			h->first = xstrdup(h->v[i].time);
		}
	}
	if (!h->first)
		h->first = xstrdup("");
	strv_sort(&h->unpublished);
	strv_uniq(&h->unpublished);
}

const struct hist_version *history_find(const struct history *h, const char *version)
{
	for (size_t i = 0; h && i < h->n; i++)
		if (strcmp(h->v[i].version, version) == 0)
			return &h->v[i];
	return NULL;
}

void history_free(struct history *h)
{
	for (size_t i = 0; i < h->n; i++) {
		free(h->v[i].version);
		free(h->v[i].time);
		free(h->v[i].deprecated);
	}
	free(h->v);
	free(h->first);
	strv_free(&h->unpublished);
	memset(h, 0, sizeof *h);
}
