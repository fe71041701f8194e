#include "plan.h"

#include <jansson.h>
#include <solv/evr.h>
#include <solv/pool_parserpmrichdep.h>
#include <solv/poolid.h>
#include <solv/repo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../convert/cargofeat.h"
#include "../convert/pydist.h"
#include "../core/eco.h"
#include "../core/naming.h"
#include "../core/npmver.h"
#include "../core/pep440.h"
#include "../core/pep508.h"
#include "../core/util.h"
#include "names.h"

/* ---- a dependency string in the target's syntax, as a libsolv Id ------ */

static Id simple(Pool *pool, const char *s)
{
	char name[512], op[4], evr[512];
	int n = sscanf(s, " %511[^ (] (%3[<>=] %511[^)])", name, op, evr);
	if (n < 1)
		n = sscanf(s, " %511s %3s %511s", name, op, evr);
	Id nid = pool_str2id(pool, name, 1);
	if (n < 3)
		return nid;
	int flags = 0;
	for (char *o = op; *o; o++)
		flags |= *o == '<' ? REL_LT : *o == '>' ? REL_GT : *o == '=' ? REL_EQ : 0;
	return pool_rel2id(pool, nid, pool_str2id(pool, evr, 1), flags, 1);
}

static Id rpm_dep(Pool *pool, const char *s)
{
	return s[0] == '(' ? pool_parserpmrichdep(pool, s) : simple(pool, s);
}

/* "a (>= 1), a (<< 2) | b": clauses (WITH: one package meets them all) of alternatives */
static Id deb_dep(Pool *pool, const char *s)
{
	Id all = 0;
	char *copy = xstrdup(s), *save = NULL;
	for (char *clause = strtok_r(copy, ",", &save); clause; clause = strtok_r(NULL, ",", &save)) {
		Id any = 0;
		char *s2 = NULL;
		for (char *alt = strtok_r(clause, "|", &s2); alt; alt = strtok_r(NULL, "|", &s2)) {
			Id a = simple(pool, alt);
			any = any ? pool_rel2id(pool, any, a, REL_OR, 1) : a;
		}
		all = all ? pool_rel2id(pool, all, any, REL_WITH, 1) : any;   /* one package satisfies every clause */
	}
	free(copy);
	return all;
}

/* The best (highest) distribution package providing dep, or 0. */
static Id best_provider(Pool *pool, Id dep)
{
	Id best = 0, p, pp;
	FOR_PROVIDES(p, pp, dep) {
		if (!best || pool_evrcmp(pool, pool->solvables[p].evr, pool->solvables[best].evr, EVRCMP_COMPARE) > 0)
			best = p;
	}
	return best;
}

/* ---- what each ecosystem requires, and how the target names it --------- */

struct need {
	char *name;       /* the registry name to fetch */
	char *cap;        /* the name to render (crates: NAME/default) */
	char *range;
};

static void need_add(struct need **v, size_t *n, const char *name, const char *cap, const char *range)
{
	*v = xrealloc(*v, (*n + 1) * sizeof **v);
	(*v)[(*n)++] = (struct need){xstrdup(name), xstrdup(cap), xstrdup(range)};
}

static void npm_needs(const struct pkg *p, struct need **v, size_t *n)
{
	json_t *m = p->manifest ? json_loads(p->manifest, 0, NULL) : NULL;
	static const char *const keys[] = {"dependencies", "peerDependencies"};
	for (size_t k = 0; k < 2; k++) {
		const char *name;
		json_t *range;
		json_object_foreach(json_object_get(m, keys[k]), name, range)
			if (json_is_string(range) && !naming_npm_invalid(name))
				need_add(v, n, name, name, json_string_value(range));
	}
	json_decref(m);
}

static void crate_needs(const struct pkg *p, struct need **v, size_t *n)
{
	for (size_t i = 0; i < p->ndeps; i++) {
		const struct dep *d = &p->deps[i];
		if (!cargo_dep_base(d))
			continue;
		char *cap = d->no_default ? xstrdup(d->name) : xasprintf("%s/default", d->name);
		need_add(v, n, d->name, cap, d->range);
		free(cap);
	}
}

static void pypi_needs(const struct pkg *p, enum interval_target t, struct need **v, size_t *n)
{
	for (size_t i = 0; i < p->ndeps; i++) {
		struct strv ex = {0};
		struct ferr e = {0};
		if (pydist_applies(p, &p->deps[i], t == INTERVAL_RPM ? "fedora" : "debian", &ex, &e) == 1)
			need_add(v, n, p->deps[i].name, p->deps[i].name, p->deps[i].range);
		strv_free(&ex);
	}
}

/* The relation on the target for a need, and the bare name for "is it
 * there at all" (an update). */
static char *render(const char *eco, const struct need *nd, enum interval_target t, char **bare, const char **why)
{
	const struct eco *e = eco_find(eco);
	char *note = NULL, *s;
	if (strcmp(eco, "pypi") == 0 && t == INTERVAL_DEB) {
		const char *rule;
		char *pkg = pydist_deb(nd->name, &rule);
		struct ivlist l = {0};
		s = e->intervals(nd->range, t, &l, why) == 0 ? interval_deb(pkg, &l, &note) : NULL;
		ivlist_free(&l);
		*bare = pkg;
	} else {
		s = eco_render_dep(e, nd->cap, nd->range, t, &note, why);
		if (t == INTERVAL_RPM)
			*bare = e->rpm_cap(strcmp(eco, "crate") == 0 ? nd->name : nd->cap);
		else if (strcmp(eco, "crate") == 0) {
			char *d = naming_crate_deb(nd->name);
			*bare = xasprintf("librust-%s-dev", d);
			free(d);
		} else {
			*bare = e->deb_pkg(nd->cap);
		}
	}
	free(note);
	return s;
}

/* ---- the walk ------------------------------------------------------------- */

static void node_add(struct plan *pl, enum plan_status st, const char *name, const char *version, const char *range,
		     const char *by, const char *dpkg, const char *dver, const char *why)
{
	pl->v = xrealloc(pl->v, (pl->n + 1) * sizeof *pl->v);
	struct plan_node *nd = &pl->v[pl->n++];
	nd->status = st;
	nd->name = xstrdup(name);
	nd->version = version ? xstrdup(version) : NULL;
	nd->range = xstrdup(range ? range : "");
	nd->required_by = xstrdup(by);
	nd->distro_pkg = dpkg ? xstrdup(dpkg) : NULL;
	nd->distro_version = dver ? xstrdup(dver) : NULL;
	nd->why = why ? xstrdup(why) : NULL;
}

struct item {
	struct need need;
	char *by;
};

static int major_of(const char *eco, const char *v, unsigned long long *out)
{
	const char *why;
	if (strcmp(eco, "pypi") == 0) {
		struct pepver p;
		if (pepver_parse(v, &p, &why) != 0)
			return -1;
		*out = strtoull(p.rel[0], NULL, 10);
		pepver_free(&p);
		return 0;
	}
	struct npmver x;
	if (npmver_parse(v, &x, &why) != 0)
		return -1;
	/* semver-major: 0.x counts its minor, as distributions slot 0.x */
	*out = x.major ? x.major * 1000000ULL : x.minor;
	npmver_free(&x);
	return 0;
}

/* Whether the distribution satisfies a need (the requirement rendered for
 * the target, matched by libsolv). */
static Id in_distro(Pool *pool, enum interval_target t, const char *eco, const struct need *nd)
{
	const char *why = NULL;
	char *bare = NULL;
	char *dep = render(eco, nd, t, &bare, &why);
	Id s = 0;
	if (dep) {
		Id id = t == INTERVAL_RPM ? rpm_dep(pool, dep) : deb_dep(pool, dep);
		s = id ? best_provider(pool, id) : 0;
	}
	free(dep);
	free(bare);
	return s;
}

int plan_build(Pool *pool, enum interval_target t, const struct reader *rd, plan_fetch_fn fetch,
	       plan_prefetch_fn prefetch, void *ctx, const char *root, const char *want, struct plan *out,
	       struct ferr *e)
{
	memset(out, 0, sizeof *out);
	pool_createwhatprovides(pool);
	struct item *q = xmalloc(sizeof *q);
	size_t nq = 1, qi = 0;
	q[0] = (struct item){{xstrdup(root), xstrdup(root), want ? xstrdup(want) : NULL}, xstrdup("")};
	struct strv seen = {0}, added = {0}, docs_names = {0}, docs = {0}, resolved = {0};
	int rc = -1;
	while (qi < nq) {
		struct item it = q[qi++];
		char *key = xasprintf("%s\t%s", it.need.cap, it.need.range ? it.need.range : "");
		int dup = strv_has(&seen, key);
		if (dup) {
			/* met before: the same answer, and one more edge to it */
			for (size_t r = 0; r < resolved.n; r += 2)
				if (strcmp(resolved.v[r], key) == 0 && *it.by) {
					char *edge = xasprintf("%s\t%s", it.by, resolved.v[r + 1]);
					if (!strv_has(&out->edges, edge))
						strv_add(&out->edges, edge);
					free(edge);
				}
			goto next;
		}
		strv_add(&seen, key);
		const char *why = NULL;
		char *bare = NULL, *dep = NULL;
		if (it.need.range && *it.by) {
			dep = render(rd->eco, &it.need, t, &bare, &why);
			if (dep) {
				Id id = t == INTERVAL_RPM ? rpm_dep(pool, dep) : deb_dep(pool, dep);
				Id s = id ? best_provider(pool, id) : 0;
				if (s) {
					node_add(out, PLAN_DISTRO, it.need.name, NULL, it.need.range, it.by,
						 pool_id2str(pool, pool->solvables[s].name),
						 pool_id2str(pool, pool->solvables[s].evr), NULL);
					free(dep);
					free(bare);
					goto next;
				}
			}
		}
		/* the registry's best version for the requirement */
		size_t di;
		for (di = 0; di < docs_names.n && strcmp(docs_names.v[di], it.need.name) != 0; di++)
			;
		if (di == docs_names.n && prefetch) {
			/* every name the queue still needs from the registry, at once */
			struct strv want_names = {0};
			for (size_t k = qi - 1; k < nq; k++) {
				const struct item *o = &q[k];
				if (!o->need.name || strv_has(&docs_names, o->need.name) || strv_has(&want_names, o->need.name))
					continue;
				if (k != qi - 1 && o->need.range && *o->by && in_distro(pool, t, rd->eco, &o->need))
					continue;
				strv_add(&want_names, o->need.name);
			}
			prefetch(ctx, (const char *const *)want_names.v, want_names.n);
			strv_free(&want_names);
		}
		if (di == docs_names.n) {
			char *doc = NULL;
			size_t len = 0;
			struct ferr fe = {0};
			if (fetch(ctx, it.need.name, &doc, &len, &fe) != 0) {
				if (!*it.by) {   /* the root itself */
					*e = fe;
					free(dep);
					free(bare);
					free(key);
					goto out;
				}
				node_add(out, PLAN_UNRESOLVABLE, it.need.name, NULL, it.need.range, it.by, NULL, NULL, fe.msg);
				free(dep);
				free(bare);
				goto next;
			}
			strv_add(&docs_names, it.need.name);
			strv_push(&docs, doc ? doc : xstrdup(""));
			(void)len;
		}
		struct pkg p = {0};
		char *art = NULL;
		struct ferr se = {0};
		const char *doc = docs.v[di];
		if (rd->select(doc, strlen(doc), it.need.name, it.need.range, &p, &art, &se) != 0) {
			if (!*it.by) {
				*e = se;
				pkg_free(&p);
				free(dep);
				free(bare);
				free(key);
				goto out;
			}
			node_add(out, PLAN_UNRESOLVABLE, it.need.name, NULL, it.need.range, it.by, NULL, NULL, se.msg);
		} else {
			char *nv = xasprintf("%s@%s", p.name, p.version);
			strv_add(&resolved, key);
			strv_add(&resolved, nv);
			if (*it.by) {
				char *edge = xasprintf("%s\t%s", it.by, nv);
				if (!strv_has(&out->edges, edge))
					strv_add(&out->edges, edge);
				free(edge);
			}
			if (!strv_has(&added, nv)) {
				strv_add(&added, nv);
				Id bid = bare ? pool_str2id(pool, bare, 0) : 0;
				Id s = bid ? best_provider(pool, bid) : 0;
				/* the distribution has it: too old (update), or a newer
				 * major than this requirement allows (compat beside it) */
				enum plan_status st = PLAN_NEW;
				if (s) {
					const char *evr = pool_id2str(pool, pool->solvables[s].evr);
					char *up = t == INTERVAL_DEB ? names_upstream_version(evr) : xstrndup(evr, strcspn(evr, "-"));
					const char *cw;
					int cmp = 0;
					st = eco_find(rd->eco)->compare(p.version, up, &cmp, &cw) == 0 && cmp < 0 ? PLAN_COMPAT
														 : PLAN_UPDATE;
					free(up);
				}
				node_add(out, st, p.name, p.version, it.need.range, it.by,
					 s ? pool_id2str(pool, pool->solvables[s].name) : NULL,
					 s ? pool_id2str(pool, pool->solvables[s].evr) : NULL, NULL);
				struct need *nds = NULL;
				size_t nn = 0;
				if (strcmp(rd->eco, "npm") == 0)
					npm_needs(&p, &nds, &nn);
				else if (strcmp(rd->eco, "crate") == 0)
					crate_needs(&p, &nds, &nn);
				else
					pypi_needs(&p, t, &nds, &nn);
				for (size_t k = 0; k < nn; k++) {
					q = xrealloc(q, (nq + 1) * sizeof *q);
					q[nq++] = (struct item){nds[k], xstrdup(nv)};
				}
				free(nds);   /* the strings moved into the queue */
			}
			free(nv);
		}
		free(art);
		pkg_free(&p);
		free(dep);
		free(bare);
next:
		free(key);
		free(it.need.name);
		free(it.need.cap);
		free(it.need.range);
		free(it.by);
		q[qi - 1].need.name = q[qi - 1].need.cap = q[qi - 1].need.range = q[qi - 1].by = NULL;
	}
	/* two majors of one name: the older ones become compat packages */
	for (size_t i = 0; i < out->n; i++) {
		struct plan_node *a = &out->v[i];
		unsigned long long ma, mb;
		if (!a->version || major_of(rd->eco, a->version, &ma) != 0)
			continue;
		for (size_t k = 0; k < out->n; k++) {
			struct plan_node *b = &out->v[k];
			if (k != i && b->version && strcmp(a->name, b->name) == 0 &&
			    major_of(rd->eco, b->version, &mb) == 0 && mb > ma)
				a->status = PLAN_COMPAT;
		}
	}
	rc = 0;
out:
	for (size_t i = 0; i < nq; i++) {   /* done items were emptied */
		free(q[i].need.name);
		free(q[i].need.cap);
		free(q[i].need.range);
		free(q[i].by);
	}
	free(q);
	strv_free(&seen);
	strv_free(&resolved);
	strv_free(&added);
	strv_free(&docs_names);
	strv_free(&docs);
	return rc;
}

void plan_free(struct plan *p)
{
	for (size_t i = 0; i < p->n; i++) {
		struct plan_node *n = &p->v[i];
		free(n->name);
		free(n->version);
		free(n->range);
		free(n->required_by);
		free(n->distro_pkg);
		free(n->distro_version);
		free(n->why);
	}
	free(p->v);
	p->v = NULL;
	p->n = 0;
	strv_free(&p->edges);
}

const char *plan_status_str(enum plan_status s)
{
	static const char *const names[] = {"distro", "new", "update", "compat", "unresolvable"};
	return names[s];
}
