/* Running a plan: the distribution's indexes into a pool, the registry
 * through the ecosystem's source, the closure (solver/plan.h). */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "planrun.h"
#include "../core/util.h"
#include "../fetch/http.h"
#include "../solver/distro.h"
#include <solv/repo.h>

#define MAX_DOC (256u << 20)

#define CONNECTIONS 16

struct fetch_ctx {
	const struct source *src;
	const char *registry;
	struct strv names;      /* prefetched: name i's document or error */
	char **docs;
	size_t *lens;
	struct ferr *errs;
};

static void prefetch(void *vctx, const char *const *names, size_t n)
{
	struct fetch_ctx *c = vctx;
	struct http_req *reqs = xcalloc(n ? n : 1, sizeof *reqs);
	char **urls = xcalloc(n ? n : 1, sizeof *urls), **whats = xcalloc(n ? n : 1, sizeof *whats);
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		if (strv_has(&c->names, names[i]) || c->src->invalid_name(names[i]))
			continue;
		urls[k] = c->src->doc_url(c->registry, names[i]);
		whats[k] = xasprintf("%s: registry metadata", names[i]);
		/* npm's abbreviated metadata has what a plan reads (versions,
		 * dependencies, dist) at a fraction of the full packument */
		const char *accept = strcmp(c->src->eco, "npm") == 0
				     ? "application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8"
				     : "application/json";
		reqs[k] = (struct http_req){urls[k], accept, whats[k], NULL, 0, {0}};
		strv_add(&c->names, names[i]);
		k++;
	}
	http_get_many(reqs, k, HTTP_CACHED, MAX_DOC, CONNECTIONS);
	size_t base = c->names.n - k;
	c->docs = xrealloc(c->docs, c->names.n * sizeof *c->docs);
	c->lens = xrealloc(c->lens, c->names.n * sizeof *c->lens);
	c->errs = xrealloc(c->errs, c->names.n * sizeof *c->errs);
	for (size_t i = 0; i < k; i++) {
		c->docs[base + i] = reqs[i].body;
		c->lens[base + i] = reqs[i].len;
		c->errs[base + i] = reqs[i].e;
		free(urls[i]);
		free(whats[i]);
	}
	free(urls);
	free(whats);
	free(reqs);
}

static void fetch_ctx_free(struct fetch_ctx *c)
{
	for (size_t i = 0; i < c->names.n; i++)
		free(c->docs[i]);
	free(c->docs);
	free(c->lens);
	free(c->errs);
	strv_free(&c->names);
}

static int fetch(void *ctx, const char *name, char **doc, size_t *len, struct ferr *e)
{
	struct fetch_ctx *c = ctx;
	const char *why = c->src->invalid_name(name);
	if (why)
		return ferr_set(e, FERR_INPUT, "%s: %s", name, why);
	for (size_t i = 0; i < c->names.n; i++)
		if (strcmp(c->names.v[i], name) == 0 && (c->docs[i] || c->errs[i].kind != FERR_NET || !c->src->fallback_url)) {
			if (!c->docs[i]) {
				*e = c->errs[i];
				return -1;
			}
			*doc = c->docs[i];   /* handed over once: the walk keeps it */
			*len = c->lens[i];
			c->docs[i] = NULL;
			c->errs[i] = (struct ferr){FERR_INPUT, "document already taken"};
			snprintf(c->errs[i].msg, sizeof c->errs[i].msg, "%s: registry metadata already read", name);
			return 0;
		}
	char *url = c->src->doc_url(c->registry, name);
	char *what = xasprintf("%s: registry metadata", name);
	int rc = http_get_as(url, NULL, HTTP_CACHED, MAX_DOC, what, doc, len, e);
	if (rc != 0 && e->kind == FERR_NET && c->src->fallback_url) {
		struct ferr first = *e;
		ferr_clear(e);
		free(url);
		url = c->src->fallback_url(c->registry, name);
		rc = http_get_as(url, c->src->fallback_accept, HTTP_CACHED, MAX_DOC, what, doc, len, e);
		if (rc != 0)
			*e = first;
	}
	free(url);
	free(what);
	return rc;
}

int planrun(const struct source *src, const char *registry, const char *name, const char *want, int rpm,
	    const struct strv *indexes, int skip_other, struct plan *pl, struct ferr *e)
{
	struct strv paths = {0};
	for (size_t i = 0; i < indexes->n; i++)
		strv_add(&paths, indexes->v[i]);
	if (!paths.n)
		distro_default_indexes(&paths);
	Pool *pool = pool_create();
	pool_setdisttype(pool, rpm ? DISTTYPE_RPM : DISTTYPE_DEB);
	pool_setarch(pool, rpm ? "x86_64" : "amd64");
	int rc = -1;
	if (!paths.n) {
		ferr_set(e, FERR_CONFIG, "%s: no distribution index: pass --distro-index PATH", name);
		goto done;
	}
	size_t used = 0;
	for (size_t i = 0; i < paths.n; i++) {
		struct distro_load l;
		int r = distro_load(pool, paths.v[i], &l, e);
		int bad = r == 0 && (l.kind == DISTRO_RPM) != rpm;
		distro_load_free(&l);
		if (r != 0)
			goto done;
		if (bad && skip_other) {   /* another target's index: its repository stays empty of use */
			repo_empty(pool->repos[pool->nrepos - 1], 0);
			continue;
		}
		used++;
		if (bad) {
			ferr_set(e, FERR_USAGE, "%s is not a%s index for this target", paths.v[i], rpm ? "n rpm-md" : " Debian");
			goto done;
		}
	}
	if (!used) {
		ferr_set(e, FERR_CONFIG, "%s: no %s index among --distro-index", name, rpm ? "rpm-md (Fedora)" : "Debian");
		goto done;
	}
	struct fetch_ctx ctx = {src, registry, {0}, NULL, NULL, NULL};
	rc = plan_build(pool, rpm ? INTERVAL_RPM : INTERVAL_DEB, src->reader, fetch, prefetch, &ctx, name, want, pl, e);
	fetch_ctx_free(&ctx);
done:
	pool_free(pool);
	strv_free(&paths);
	return rc;
}

char *planrun_json(const struct plan *pl)
{
	json_t *arr = json_array();
	for (size_t i = 0; i < pl->n; i++) {
		const struct plan_node *n = &pl->v[i];
		json_t *o = json_object();
		json_object_set_new(o, "status", json_string(plan_status_str(n->status)));
		json_object_set_new(o, "name", json_string(n->name));
		json_object_set_new(o, "version", n->version ? json_string(n->version) : json_null());
		json_object_set_new(o, "range", json_string(n->range));
		json_object_set_new(o, "required_by", json_string(n->required_by));
		json_object_set_new(o, "distro_package", n->distro_pkg ? json_string(n->distro_pkg) : json_null());
		json_object_set_new(o, "distro_version", n->distro_version ? json_string(n->distro_version) : json_null());
		if (n->why)
			json_object_set_new(o, "why", json_string(n->why));
		json_array_append_new(arr, o);
	}
	char *t = json_dumps(arr, JSON_INDENT(2));
	json_decref(arr);
	struct buf b = {0};
	buf_adds(&b, t);
	buf_addc(&b, '\n');
	free(t);
	return buf_steal(&b);
}
