/* Running a plan: the distribution's indexes into a pool, the registry
 * through the registry layer (fetch/registry.h), the closure (solver/plan.h). */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "planrun.h"
#include "trustopts.h"
#include "../convert/jsonmem.h"
#include "../convert/pydist.h"
#include "../core/util.h"
#include "../convert/pkgfetch.h"
#include "../core/eco.h"
#include "../solver/distpool.h"
#include <solv/poolarch.h>
#include <solv/repo.h>


/* transfers at once: HTTP/2 multiplexes them over a few connections */
#define PARALLEL 64

struct fetch_ctx {
	const struct registry *reg;
	struct registry_multi *rm;
	char *last;             /* the name next handed back last */
	int tty;                /* progress on stderr */
	size_t started, arrived;
	struct ferr failed;     /* the first document that could not be fetched (not a
				   missing one), or the first version whose registry
				   signature is refused */
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

static void start(void *ctx, const char *name)
{
	struct fetch_ctx *c = ctx;
	c->started++;
	registry_multi_add(c->rm, name);
}

static int next(void *ctx, const char **name, char **doc, size_t *len, struct ferr *e)
{
	struct fetch_ctx *c = ctx;
	free(c->last);
	c->last = NULL;
	struct registry_doc d;
	if (!registry_multi_next(c->rm, &c->last, &d, e))
		return 0;
	/* a document there but not fetched fails the plan (exit 4): its
	 * versions are unknown, not absent */
	if (!d.body && (e->kind == FERR_IO || e->kind == FERR_NET) && !c->failed.kind)
		c->failed = *e;
	c->arrived++;
	progress(c, 0);
	*name = c->last;
	*doc = d.body;
	*len = d.len;
	free(d.url);
	return 1;
}

static int fetch(void *ctx, const char *name, const char *version, char **doc, size_t *len, struct ferr *e)
{
	struct fetch_ctx *c = ctx;
	const struct eco *eco = eco_find(c->reg->eco);
	const char *why = eco->invalid_name(name);
	if (why)
		return ferr_set(e, FERR_INPUT, "%s: %s", name, why);
	struct registry_doc d;
	char *what = version ? xasprintf("%s@%s: release metadata", name, version) : xasprintf("%s: registry metadata", name);
	int rc = version ? registry_version_doc(c->reg, name, version, what, &d, e) : registry_doc(c->reg, name, 0, what, &d, e);
	free(what);
	*doc = d.body;
	*len = d.len;
	free(d.url);
	return rc;
}

static int verify(void *ctx, struct pkg *p)
{
	struct fetch_ctx *c = ctx;
	struct ferr e = {0};
	if (pkgfetch_verify(c->reg, p, &e) == 0)
		return 0;
	if (!c->failed.kind)
		c->failed = e;
	return -1;
}

static void fetch_ctx_free(struct fetch_ctx *c)
{
	registry_multi_free(c->rm);   /* requests still in flight (the plan stopped early) end here */
	progress(c, 1);
	free(c->last);
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

int planrun(const struct registry *reg, const struct plan_opts *o, const struct family *fam,
	    const struct strv *indexes, int skip_other, struct plan *pl, struct ferr *e)
{
	const char *name = o->root;
	struct strv paths = {0};
	distpool_paths(indexes, &paths);
	Pool *pool = distpool_new(fam, e);
	int rc = -1;
	if (!pool)
		goto done;
	if (o->arch && family_arch(fam, o->arch))   /* an unknown one: plan_build says so */
		pool_setarch(pool, o->arch);
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
	struct fetch_ctx ctx = {reg, registry_multi_new(reg, PARALLEL), NULL, isatty(2), 0, 0, {0}};
	struct plan_fetcher f = {fetch, start, next, verify, &ctx};
	rc = plan_build(pool, fam, reader_find(reg->eco), &f, o, pl, e);
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
		if (n->bundle) {   /* solver/bundle.h */
			json_object_set_new(o, "bundled_in", json_string(n->bundle));
			json_object_set_new(o, "bundle_version", json_string(n->bundle_version));
		}
		if (n->bundle_provides.n) {
			json_t *bp = json_array();
			for (size_t k = 0; k < n->bundle_provides.n; k++) {   /* "NAME\tVERSION" */
				const char *pv = n->bundle_provides.v[k];
				size_t nl = strcspn(pv, "\t");
				json_t *one = json_object();
				json_object_set_new(one, "name", json_stringn(pv, nl));
				json_object_set_new(one, "version", json_string(pv[nl] ? pv + nl + 1 : ""));
				json_array_append_new(bp, one);
			}
			json_object_set_new(o, "distro_also_provides", bp);
		}
		if (n->note)
			json_object_set_new(o, "note", json_string(n->note));
		if (n->signed_by)   /* "": the registry did not sign it */
			json_object_set_new(o, "signed_by", json_string(n->signed_by));
		if (n->provenance)
			json_object_set_new(o, "provenance", trustopts_provenance_json(n->provenance));
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
	if (pl->left_out.n) {   /* optional dependencies not for the target */
		json_t *lo = json_array();
		for (size_t i = 0; i < pl->left_out.n; i++) {
			const char *a = pl->left_out.v[i], *b = strchr(a, '\t'), *c = b ? strchr(b + 1, '\t') : NULL;
			if (!c)
				continue;
			json_t *o = json_object();
			json_object_set_new(o, "required_by", json_stringn(a, (size_t)(b - a)));
			json_object_set_new(o, "name", json_stringn(b + 1, (size_t)(c - b - 1)));
			json_object_set_new(o, "why", json_string(c + 1));
			json_array_append_new(lo, o);
		}
		json_object_set_new(top, "left_out", lo);
	}
	char *t = jsonmem_dumps(top, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	json_decref(top);
	struct buf b = {0};
	buf_adds(&b, t);
	buf_addc(&b, '\n');
	free(t);
	return buf_steal(&b);
}
