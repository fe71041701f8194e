/* Running a plan: the distribution's indexes into a pool, the registry
 * through the ecosystem's source, the closure (solver/plan.h). */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "planrun.h"
#include "../convert/jsonmem.h"
#include "../convert/pydist.h"
#include "../core/util.h"
#include "../fetch/http.h"
#include "../solver/distpool.h"
#include <solv/repo.h>


/* transfers at once: HTTP/2 multiplexes them over a few connections */
#define PARALLEL 64

struct fetch_ctx {
	const struct source *src;
	const char *registry;
	struct http_multi *hm;
	char *last;             /* the name next handed back last */
	struct strv bad;        /* names refused before any request */
	int tty;                /* progress on stderr */
	size_t started, arrived;
	struct ferr failed;     /* the first document that could not be fetched (not a missing one) */
};

/* One line, rewritten in place, on a terminal only. */
static void progress(struct fetch_ctx *c, int done)
{
	if (!c->tty)
		return;
	if (done)
		fprintf(stderr, "\r\033[K");
	else
		fprintf(stderr, "\rferry: plan: %zu registry documents, %zu in flight\033[K", c->arrived,
			c->started - c->arrived);
	fflush(stderr);
}

/* what a request is for: the name, and whether it is the fallback */
struct tag {
	char *name;
	int fallback;
};

static const char *accept_for(const struct source *src)
{
	/* npm's abbreviated metadata has what a plan reads (versions,
	 * dependencies, dist) at a fraction of the full packument */
	return strcmp(src->eco, "npm") == 0 ? "application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8"
					    : "application/json";
}

static void add(struct fetch_ctx *c, const char *name, int fallback)
{
	struct tag *t = xmalloc(sizeof *t);
	t->name = xstrdup(name);
	t->fallback = fallback;
	char *url = fallback ? c->src->fallback_url(c->registry, name) : c->src->doc_url(c->registry, name);
	char *what = xasprintf("%s: registry metadata", name);
	http_multi_add(c->hm, url, fallback ? c->src->fallback_accept : accept_for(c->src), HTTP_CACHED, what, t);
	free(url);
	free(what);
}

static void start(void *ctx, const char *name)
{
	struct fetch_ctx *c = ctx;
	c->started++;
	if (c->src->invalid_name(name))
		strv_add(&c->bad, name);
	else
		add(c, name, 0);
}

static int next(void *ctx, const char **name, char **doc, size_t *len, struct ferr *e)
{
	struct fetch_ctx *c = ctx;
	free(c->last);
	c->last = NULL;
	if (c->bad.n) {
		c->last = c->bad.v[--c->bad.n];
		*name = c->last;
		*doc = NULL;
		ferr_set(e, FERR_INPUT, "%s: %s", c->last, c->src->invalid_name(c->last));
		return 1;   /* handed back, as a failed document */
	}
	struct http_done d;
	while (http_multi_next(c->hm, &d)) {
		struct tag *t = d.tag;
		/* not there: where the ecosystem keeps a second place, look there */
		if (!d.body && d.e.kind == FERR_NET && !t->fallback && c->src->fallback_url) {
			add(c, t->name, 1);
			free(t->name);
			free(t);
			continue;
		}
		c->last = t->name;
		free(t);
		/* a document there but not fetched fails the plan (exit 4): its
		 * versions are unknown, not absent */
		if (!d.body && (d.e.kind == FERR_IO || (d.e.kind == FERR_NET && !http_missing(&d.e))) && !c->failed.kind)
			c->failed = d.e;
		c->arrived++;
		progress(c, 0);
		*name = c->last;
		*doc = d.body;
		*len = d.len;
		*e = d.e;
		return 1;
	}
	return 0;
}

static int fetch(void *ctx, const char *name, const char *version, char **doc, size_t *len, struct ferr *e)
{
	struct fetch_ctx *c = ctx;
	const char *why = c->src->invalid_name(name);
	if (why)
		return ferr_set(e, FERR_INPUT, "%s: %s", name, why);
	if (version) {
		if (!c->src->version_doc_url)
			return ferr_set(e, FERR_INPUT, "%s@%s: the registry describes no single version", name, version);
		char *url = c->src->version_doc_url(c->registry, name, version);
		char *what = xasprintf("%s@%s: release metadata", name, version);
		int rc = http_get_as(url, NULL, HTTP_CACHED, c->src->max_doc, what, doc, len, e);
		free(url);
		free(what);
		return rc;
	}
	char *url = c->src->doc_url(c->registry, name);
	char *what = xasprintf("%s: registry metadata", name);
	int rc = http_get_as(url, NULL, HTTP_CACHED, c->src->max_doc, what, doc, len, e);
	if (rc != 0 && http_missing(e) && c->src->fallback_url) {   /* only when the first is not there */
		struct ferr first = *e;
		ferr_clear(e);
		free(url);
		url = c->src->fallback_url(c->registry, name);
		rc = http_get_as(url, c->src->fallback_accept, HTTP_CACHED, c->src->max_doc, what, doc, len, e);
		if (rc != 0)
			*e = first;
	}
	free(url);
	free(what);
	return rc;
}

static void fetch_ctx_free(struct fetch_ctx *c)
{
	/* requests still in flight (the plan stopped early) end here */
	for (;;) {
		struct http_done d;
		if (!http_multi_next(c->hm, &d))
			break;
		struct tag *t = d.tag;
		free(t->name);
		free(t);
		free(d.body);
	}
	http_multi_free(c->hm);
	progress(c, 1);
	free(c->last);
	strv_free(&c->bad);
}

/* distpool_each for planrun: another family's index is left out (its
 * repository stays empty of use) or refused */
struct kinds {
	const struct family *f;
	int skip_other, refused;
};

static int check_kind(void *ctx, const char *path, const struct distro_load *l, struct ferr *e)
{
	struct kinds *k = ctx;
	if (distpool_kind_of(k->f, l->kind))
		return 0;
	if (k->skip_other)
		return 1;
	k->refused = 1;
	return ferr_set(e, FERR_USAGE, "%s is not %s index for this target", path, k->f->index_a);
}

int planrun(const struct source *src, const char *registry, const struct plan_opts *o, const struct family *fam,
	    const struct strv *indexes, int skip_other, struct plan *pl, struct ferr *e)
{
	const char *name = o->root;
	struct strv paths = {0};
	distpool_paths(indexes, &paths);
	Pool *pool = distpool_new(fam, e);
	int rc = -1;
	if (!pool)
		goto done;
	if (!paths.n) {
		ferr_set(e, FERR_CONFIG, "%s: no distribution index: pass --distro-index PATH", name);
		goto done;
	}
	/* package-named relations: Debian's python3-* names come from
	 * dh-python's data (names recovery) */
	if (!fam->by_capability && pydist_ready(name, e) != 0)
		goto done;
	struct kinds k = {fam, skip_other, 0};
	struct ferr de = {0};
	long used = distpool_load(pool, &paths, check_kind, &k, &de);
	if (used < 0) {   /* "<package>: distribution index PATH: <why>" */
		if (k.refused)
			*e = de;
		else
			ferr_set(e, de.kind, "%s: %s", name, de.msg);
		goto done;
	}
	if (!used) {
		ferr_set(e, FERR_CONFIG, "%s: no %s index among --distro-index", name, fam->index_label);
		goto done;
	}
	struct fetch_ctx ctx = {src, registry, http_multi_new(src->max_doc, PARALLEL), NULL, {0}, isatty(2), 0, 0, {0}};
	struct plan_fetcher f = {fetch, start, next, &ctx};
	rc = plan_build(pool, fam, src->reader, &f, o, pl, e);
	if (ctx.failed.kind && (rc == 0 || e->kind == FERR_FOUND)) {
		*e = ctx.failed;
		rc = -1;
	}
	fetch_ctx_free(&ctx);
done:
	if (pool)
		pool_free(pool);
	strv_free(&paths);
	return rc;
}

void planrun_features_add(struct strv *out, const char *list)
{
	char *copy = xstrdup(list), *save = NULL;
	for (char *f = strtok_r(copy, ", ", &save); f; f = strtok_r(NULL, ", ", &save))
		if (!strv_has(out, f))
			strv_add(out, f);
	strv_sort(out);
	free(copy);
}

char *planrun_json(const struct plan *pl, const char *root, const char *target)
{
	json_t *top = json_object(), *arr = json_array(), *probs = json_array();
	json_object_set_new(top, "root", json_string(root));
	json_object_set_new(top, "target", json_string(target));
	for (size_t i = 0; i < pl->n; i++) {
		const struct plan_node *n = &pl->v[i];
		json_t *o = json_object();
		json_object_set_new(o, "status", json_string(plan_status_str(n->status)));
		json_object_set_new(o, "name", json_string(n->name));
		json_object_set_new(o, "version", n->version ? json_string(n->version) : json_null());
		json_object_set_new(o, "range", json_string(n->range));
		json_object_set_new(o, "required_by", json_string(n->required_by));
		json_object_set_new(o, "kind", json_string(dep_kind_str(n->kind)));
		if (n->feature)
			json_object_set_new(o, "feature", json_string(n->feature));
		json_object_set_new(o, "distro_package", n->distro_pkg ? json_string(n->distro_pkg) : json_null());
		json_object_set_new(o, "distro_version", n->distro_version ? json_string(n->distro_version) : json_null());
		if (n->why)
			json_object_set_new(o, "why", json_string(n->why));
		if (n->features.n) {
			json_t *f = json_array();
			for (size_t k = 0; k < n->features.n; k++)
				json_array_append_new(f, json_string(n->features.v[k]));
			json_object_set_new(o, "features", f);
		}
		json_array_append_new(arr, o);
	}
	for (size_t i = 0; i < pl->problems.n; i++)
		json_array_append_new(probs, json_string(pl->problems.v[i]));
	json_object_set_new(top, "nodes", arr);
	json_object_set_new(top, "problems", probs);
	char *t = jsonmem_dumps(top, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	json_decref(top);
	struct buf b = {0};
	buf_adds(&b, t);
	buf_addc(&b, '\n');
	free(t);
	return buf_steal(&b);
}
