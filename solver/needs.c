/* What a registry version requires and provides on the target (needs.h). */
#include "needs.h"

#include <solv/pool_parserpmrichdep.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../convert/reader.h"
#include "../convert/pydist.h"
#include "../core/eco.h"
#include "../core/util.h"

/* Appends; needs_of drops the repeats (same cap and range) at the end. */
static void add(struct need **v, size_t *n, const char *name, const char *feature, const char *range,
		enum dep_kind kind, const struct eco *e)
{
	char *cap = feature && e->feature_cap ? e->feature_cap(name, feature) : xstrdup(name);
	if ((*n & (*n - 1)) == 0)   /* at 0, 1, 2, 4, ...: room to the next power of two */
		*v = xrealloc(*v, (*n ? 2 * *n : 1) * sizeof **v);
	(*v)[(*n)++] = (struct need){xstrdup(name), cap, xstrdup(range), feature ? xstrdup(feature) : NULL, kind};
}

struct need_at {
	const struct need *nd;
	size_t at;
};

static int cmp_need_at(const void *a, const void *b)
{
	const struct need_at *x = a, *y = b;
	int c = strcmp(x->nd->cap, y->nd->cap);
	if (!c)
		c = strcmp(x->nd->range, y->nd->range);
	return c ? c : (x->at > y->at) - (x->at < y->at);
}

static void need_free(struct need *nd)
{
	free(nd->name);
	free(nd->cap);
	free(nd->range);
	free(nd->feature);
}

/* the first of each (cap, range), in the order added */
static void uniq(struct need *v, size_t *n)
{
	if (*n < 2)
		return;
	struct need_at *s = xmalloc(*n * sizeof *s);
	unsigned char *keep = xcalloc(*n, 1);
	for (size_t i = 0; i < *n; i++)
		s[i] = (struct need_at){&v[i], i};
	qsort(s, *n, sizeof *s, cmp_need_at);
	for (size_t i = 0; i < *n; i++)
		keep[s[i].at] = i == 0 || strcmp(s[i - 1].nd->cap, s[i].nd->cap) != 0 ||
				strcmp(s[i - 1].nd->range, s[i].nd->range) != 0;
	free(s);
	size_t o = 0;
	for (size_t i = 0; i < *n; i++) {
		if (keep[i])
			v[o++] = v[i];
		else
			need_free(&v[i]);
	}
	*n = o;
	free(keep);
}

void needs_free(struct need *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		need_free(&v[i]);
	free(v);
}

/* the reader's need() into a growing array */
struct collect {
	struct need **v;
	size_t *n;
	const struct eco *e;
};

static void collect(void *ctx, const char *name, const char *feature, const char *range, enum dep_kind kind)
{
	struct collect *c = ctx;
	add(c->v, c->n, name, feature, range, kind, c->e);
}

int needs_of(const struct pkg *p, enum unit_kind k, const char *feature, const struct family *t, int optional,
	     struct need **v, size_t *n, struct strv *self, struct ferr *e)
{
	*v = NULL;
	*n = 0;
	const struct eco *pe = eco_find(p->eco);
	const struct reader *rd = reader_find(p->eco);
	if (!pe || !rd)
		return ferr_set(e, FERR_INPUT, "%s: unknown ecosystem '%s'", p->name, p->eco);
	struct collect c = {v, n, pe};
	int rc = rd->needs(p, k, feature, t, optional, collect, &c, self, e);
	uniq(*v, n);
	return rc;
}

void needs_features(const struct pkg *p, struct strv *out)
{
	const struct reader *rd = reader_find(p->eco);
	if (rd && rd->features)
		rd->features(p, out);
	strv_sort(out);
	strv_uniq(out);
}

/* ---- relations ------------------------------------------------------------ */

/* The naming table a pair reads (family.h: struct nametable), loaded
 * outside core/ (convert/pydist.c), or NULL */
static const struct nametable *pair_table(const struct family_eco *fe)
{
	return fe->table ? pydist_table(fe->table) : NULL;
}

char *needs_bare(const char *eco, const char *name, const struct family *t)
{
	const struct family_eco *fe = eco_find(eco) ? family_eco(t, eco) : NULL;
	return fe ? fe->bare(name, pair_table(fe)) : NULL;
}

/* One alternative: "name (OP evr)" (the family's paren) or "name OP evr";
 * either without a version */
static Id simple(Pool *pool, const char *s, const struct relsyntax *sx)
{
	char name[512], op[4], evr[512];
	int n = sx->paren ? sscanf(s, " %511[^ (] (%3[<>=] %511[^)])", name, op, evr)
			  : sscanf(s, " %511s %3s %511s", name, op, evr);
	if (n < 1)
		return 0;
	Id nid = pool_str2id(pool, name, 1);
	if (n < 3)
		return nid;
	int flags = 0;
	for (char *o = op; *o; o++)
		flags |= *o == '<' ? REL_LT : *o == '>' ? REL_GT : *o == '=' ? REL_EQ : 0;
	return pool_rel2id(pool, nid, pool_str2id(pool, evr, 1), flags, 1);
}

/* A relation in the family's syntax (family.h: struct relsyntax): Debian's
 * "a (>= 1), a (<< 2) | b" is clauses of alternatives that one package
 * must meet together (WITH); an RPM rich dependency goes to libsolv whole */
static Id parse_rel(Pool *pool, const char *rel, const struct relsyntax *sx)
{
	if (sx->rich && rel[0] == '(')
		return pool_parserpmrichdep(pool, rel);
	Id all = 0;
	char *copy = xstrdup(rel), *save = NULL;
	for (char *clause = strtok_r(copy, sx->all, &save); clause; clause = strtok_r(NULL, sx->all, &save)) {
		Id any = 0;
		char *s2 = NULL;
		for (char *alt = strtok_r(clause, sx->any, &s2); alt; alt = strtok_r(NULL, sx->any, &s2)) {
			Id a = simple(pool, alt, sx);
			any = any ? pool_rel2id(pool, any, a, REL_OR, 1) : a;
		}
		all = all ? pool_rel2id(pool, all, any, REL_WITH, 1) : any;
	}
	free(copy);
	return all;
}

static Id bound(Pool *pool, Id name, const struct bound *b, int low)
{
	int flags = (low ? REL_GT : REL_LT) | (b->op == BOUND_INCL ? REL_EQ : 0);
	return pool_rel2id(pool, name, pool_str2id(pool, b->ver, 1), flags, 1);
}

/* (lo WITH hi) OR ... over the intervals */
static Id from_intervals(Pool *pool, const char *pkg, const struct ivlist *l)
{
	Id name = pool_str2id(pool, pkg, 1), any = 0;
	if (l->any)
		return name;
	for (size_t i = 0; i < l->n; i++) {
		const struct interval *iv = &l->v[i];
		Id one = 0;
		if (iv->exact) {
			one = pool_rel2id(pool, name, pool_str2id(pool, iv->lo.ver, 1), REL_EQ, 1);
		} else {
			Id lo = iv->lo.op != BOUND_NONE ? bound(pool, name, &iv->lo, 1) : 0;
			Id hi = iv->hi.op != BOUND_NONE ? bound(pool, name, &iv->hi, 0) : 0;
			one = lo && hi ? pool_rel2id(pool, lo, hi, REL_WITH, 1) : lo ? lo : hi ? hi : name;
		}
		any = any ? pool_rel2id(pool, any, one, REL_OR, 1) : one;
	}
	return any;
}

Id needs_dep(Pool *pool, const char *eco, const struct need *nd, const struct family *t, const char **why)
{
	const struct eco *e = eco_find(eco);
	char *note = NULL;
	Id id = 0;
	const struct family_eco *fe = e ? family_eco(t, e->name) : NULL;
	if (!fe) {
		*why = "unknown ecosystem";
		return 0;
	}
	if (!t->by_capability && !fe->dep) {   /* a pair's own relations (debcargo's) come below */
		char *pkg = fe->bare(nd->name, pair_table(fe));
		struct ivlist l = {0};
		if (e->intervals(nd->range, t->spell, &l, why) == 0) {
			id = from_intervals(pool, pkg, &l);
			if (!id && !*why)
				*why = "no version can match";
		}
		ivlist_free(&l);
		free(pkg);
		return id;
	}
	char *rel = eco_render_dep(e, nd->cap, nd->range, t, &note, why);
	if (rel)
		id = parse_rel(pool, rel, &t->rel);
	free(rel);
	free(note);
	return id;
}

/* ---- provides --------------------------------------------------------- */

void needs_provides(const struct pkg *p, enum unit_kind k, const char *feature, const struct family *t,
		    struct strv *out)
{
	const struct eco *e = eco_find(p->eco);
	if (k == UNIT_TEST || !e)
		return;
	const struct family_eco *fe = family_eco(t, e->name);
	if (!fe)
		return;
	char *cap = feature && e->feature_cap ? e->feature_cap(p->name, feature) : xstrdup(p->name);
	struct unitname u = {p->name, feature, cap, p->version};
	fe->provides(&u, pair_table(fe), out);
	free(cap);
}

char *needs_evr(const char *eco, const char *version, const struct family *t)
{
	const char *why;
	char *s = eco_find(eco)->translate(version, t->spell, &why);
	return s ? s : xstrdup(version);
}

char *needs_slot(const char *eco, const char *version)
{
	const struct eco *e = eco_find(eco);
	return e ? e->series(version) : NULL;
}
