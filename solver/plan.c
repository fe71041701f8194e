/* The closure, solved by libsolv (plan.h). */
#include "plan.h"
#include "bundle.h"

#include <solv/evr.h>
#include <solv/poolarch.h>
#include <solv/repo.h>
#include <solv/problems.h>
#include <solv/rules.h>
#include <solv/solver.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/eco.h"
#include "../core/util.h"
#include "explain.h"
#include "needs.h"

/* A registry name: its document and what was asked of it. */
struct rname {
	char *name;
	int started, fetched;   /* fetched: doc or err is set */
	char *doc;
	void *parsed;           /* the reader's parse of doc, if it has one */
	struct ferr err;
	struct strv ranges;     /* every range asked, each selected once */
	long *sel;              /* per range: the candidate, or -1 */
	char **why;             /* per range: why nothing was selected */
	unsigned char *unfit;   /* per range: because its version is not for the target */
	struct strv feats;      /* features or extras asked of it */
};

/* A registry version in the pool. */
struct cand {
	struct pkg p;
	size_t rn;
	char *nv;               /* NAME@VERSION */
	char *slot;             /* "eco:NAME@SLOT": the solvables' name stem */
	char *evr;
	struct strv feats;      /* the features or extras it has */
	int verified;           /* its registry signature was checked (plan_fetcher) */
};

enum need_state { NEED_REGISTRY, NEED_DISTRO, NEED_BAD };

/* A solvable: one unit of one candidate (needs.h). */
struct unit {
	size_t cand;
	enum unit_kind kind;
	char *feature;
	int expanded;
	int job;                /* asked for: the root's, and tests */
	struct need *needs;
	size_t nneeds;
	struct strv self;       /* the candidate's own features it turns on */
	Id *dep;                /* per need: the relation, as a libsolv dep */
	enum need_state *state;
	char **why;             /* per need: NEED_BAD's reason */
	Id s;                   /* the solvable, this round */
};

struct ctx {
	Pool *pool;
	Repo *reg;
	const struct family *t;
	const struct reader *rd;
	const char *eco;
	const struct plan_opts *o;
	const struct plan_fetcher *f;
	const struct family_arch *arch;   /* the target's */
	size_t inflight;
	struct rname *rn;
	size_t nrn;
	struct cand *c;
	size_t nc;
	struct unit *u;
	size_t nu;
	Id *unit_of;            /* solvable -> unit + 1 (0: a distribution package) */
	Id nunit_of;
	struct strv nested;     /* npm names whose versions each get a slot */
};

static size_t rname_get(struct ctx *x, const char *name)
{
	for (size_t i = 0; i < x->nrn; i++)
		if (strcmp(x->rn[i].name, name) == 0)
			return i;
	x->rn = xrealloc(x->rn, (x->nrn + 1) * sizeof *x->rn);
	memset(&x->rn[x->nrn], 0, sizeof *x->rn);
	x->rn[x->nrn].name = xstrdup(name);
	return x->nrn++;
}

static size_t unit_add(struct ctx *x, size_t cand, enum unit_kind k, const char *feature)
{
	for (size_t i = 0; i < x->nu; i++)
		if (x->u[i].cand == cand && x->u[i].kind == k &&
		    (feature ? x->u[i].feature && strcmp(x->u[i].feature, feature) == 0 : !x->u[i].feature))
			return i;
	x->u = xrealloc(x->u, (x->nu + 1) * sizeof *x->u);
	memset(&x->u[x->nu], 0, sizeof *x->u);
	x->u[x->nu].cand = cand;
	x->u[x->nu].kind = k;
	x->u[x->nu].feature = feature ? xstrdup(feature) : NULL;
	return x->nu++;
}

/* The best distribution package providing dep, or 0. */
static Id distro_provider(struct ctx *x, Id dep, int installed_only, Solver *solv)
{
	Pool *pool = x->pool;
	Id best = 0, p, pp;
	FOR_PROVIDES(p, pp, dep) {
		if (pool->solvables[p].repo == x->reg)
			continue;
		if (installed_only && solver_get_decisionlevel(solv, p) <= 0)
			continue;
		if (!best || pool_evrcmp(pool, pool->solvables[p].evr, pool->solvables[best].evr, EVRCMP_COMPARE) > 0)
			best = p;
	}
	return best;
}

/* ---- growing the candidate set ----------------------------------------- */

static void ask(struct ctx *x, const struct need *nd)
{
	size_t ri = rname_get(x, nd->name);   /* may move x->rn */
	struct rname *r = &x->rn[ri];
	if (!strv_has(&r->ranges, nd->range)) {
		strv_add(&r->ranges, nd->range);
		r->sel = xrealloc(r->sel, r->ranges.n * sizeof *r->sel);
		r->why = xrealloc(r->why, r->ranges.n * sizeof *r->why);
		r->unfit = xrealloc(r->unfit, r->ranges.n);
		r->sel[r->ranges.n - 1] = -2;   /* not selected yet */
		r->why[r->ranges.n - 1] = NULL;
		r->unfit[r->ranges.n - 1] = 0;
	}
	if (nd->feature && !strv_has(&r->feats, nd->feature))
		strv_add(&r->feats, nd->feature);
}

static int expand(struct ctx *x, size_t ui, struct ferr *e)
{
	struct unit *u = &x->u[ui];
	struct cand *c = &x->c[u->cand];
	u->expanded = 1;
	if (needs_of(&c->p, u->kind, u->feature, x->t, x->o->with_optional, &u->needs, &u->nneeds, &u->self, e) != 0)
		return -1;
	u->dep = xcalloc(u->nneeds + 1, sizeof *u->dep);
	u->state = xcalloc(u->nneeds + 1, sizeof *u->state);
	u->why = xcalloc(u->nneeds + 1, sizeof *u->why);
	for (size_t i = 0; i < u->nneeds; i++) {
		const char *why = NULL;
		u->dep[i] = needs_dep(x->pool, x->eco, &u->needs[i], x->t, &why);
		if (!u->dep[i]) {
			u->state[i] = NEED_BAD;
			u->why[i] = xasprintf("%s: range '%s': %s", u->needs[i].name, u->needs[i].range,
					      why ? why : "cannot be rendered");
			continue;
		}
		if (distro_provider(x, u->dep[i], 0, NULL))
			u->state[i] = NEED_DISTRO;
		else
			ask(x, &u->needs[i]);
	}
	return 0;
}

static char *cand_slot(const struct ctx *x, const struct cand *c)
{
	char *slot = strv_has(&x->nested, c->p.name) ? NULL : needs_slot(x->eco, c->p.version);
	char *s = xasprintf("%s:%s@%s", x->eco, c->p.name, slot ? slot : c->p.version);
	free(slot);
	return s;
}

static size_t cand_add(struct ctx *x, size_t rn, struct pkg *p)
{
	char *nv = xasprintf("%s@%s", p->name, p->version);
	for (size_t i = 0; i < x->nc; i++)
		if (strcmp(x->c[i].nv, nv) == 0) {
			free(nv);
			pkg_free(p);
			return i;
		}
	x->c = xrealloc(x->c, (x->nc + 1) * sizeof *x->c);
	struct cand *c = &x->c[x->nc];
	memset(c, 0, sizeof *c);
	c->p = *p;
	memset(p, 0, sizeof *p);
	c->rn = rn;
	c->nv = nv;
	c->slot = cand_slot(x, c);
	c->evr = needs_evr(x->eco, c->p.version, x->t);
	needs_features(&c->p, &c->feats);
	unit_add(x, x->nc, UNIT_BASE, NULL);
	return x->nc++;
}

/* The best version for a range from a name's document; where that
 * document does not describe the version (PyPI's newest-only info), from
 * the version's own document. */
static int select_version(struct ctx *x, struct rname *r, const char *want, struct pkg *p, struct ferr *e)
{
	char *art = NULL, *vdoc = NULL;
	size_t len = 0;
	int rc;
	if (x->rd->parse) {
		if (!r->parsed && !(r->parsed = x->rd->parse(r->doc, strlen(r->doc), r->name, e)))
			return -1;
		rc = x->rd->select_parsed(r->parsed, r->name, want, p, &art, e);
	} else {
		rc = x->rd->select(r->doc, strlen(r->doc), r->name, want, p, &art, e);
	}
	free(art);
	art = NULL;
	if (rc != 0 || !p->partial)
		return rc;
	char *version = xstrdup(p->version);
	pkg_free(p);
	memset(p, 0, sizeof *p);
	rc = x->f->fetch(x->f->ctx, r->name, version, &vdoc, &len, e);
	if (rc == 0)
		rc = x->rd->select(vdoc, len, r->name, version, p, &art, e);
	if (rc == 0 && p->partial)
		rc = ferr_set(e, FERR_INPUT, "%s@%s: the release document does not describe it", r->name, version);
	free(art);
	free(vdoc);
	free(version);
	return rc;
}

/* Feature units for every candidate of every name that has features asked. */
static void feature_units(struct ctx *x)
{
	for (size_t ci = 0; ci < x->nc; ci++) {
		struct rname *r = &x->rn[x->c[ci].rn];
		for (size_t f = 0; f < r->feats.n; f++)
			if (strv_has(&x->c[ci].feats, r->feats.v[f]))
				unit_add(x, ci, UNIT_FEATURE, r->feats.v[f]);
	}
}

/* The best version of each range asked of a fetched name. */
static int select_pending(struct ctx *x, size_t i)
{
	int changed = 0;
	for (size_t k = 0; k < x->rn[i].ranges.n; k++) {
		struct rname *r = &x->rn[i];
		if (r->sel[k] != -2 || !r->fetched)
			continue;
		changed = 1;
		r->sel[k] = -1;
		if (!r->doc) {
			r->why[k] = xstrdup(r->err.msg);
			continue;
		}
		struct pkg p = {0};
		struct ferr se = {0};
		const struct eco *eco = eco_find(x->eco);
		const char *uw = NULL;
		if (select_version(x, r, r->ranges.v[k], &p, &se) != 0) {
			r->why[k] = xstrdup(se.msg);
			pkg_free(&p);
		} else if (eco->unfit && (uw = eco->unfit(&p.platform, x->arch)) != NULL) {
			r->why[k] = xasprintf("%s@%s is not for %s: %s", p.name, p.version, x->arch->name, uw);
			r->unfit[k] = 1;
			pkg_free(&p);
		} else {
			r->sel[k] = (long)cand_add(x, i, &p);
		}
	}
	/* a parsed document is large: one alive at a time */
	if (x->rn[i].parsed) {
		x->rd->parsed_free(x->rn[i].parsed);
		x->rn[i].parsed = NULL;
	}
	return changed;
}

/* Expands every unit, asks for what they need, and grows from each
 * document as it arrives (while the others are in flight), selecting the
 * best version of each range, until nothing new appears. */
static int grow(struct ctx *x, struct ferr *e)
{
	for (;;) {
		int changed = 0;
		for (size_t i = 0; i < x->nu; i++)
			if (!x->u[i].expanded) {
				if (expand(x, i, e) != 0)
					return -1;
				changed = 1;
			}
		for (size_t i = 0; i < x->nrn; i++) {
			if (!x->rn[i].started && !x->rn[i].fetched) {
				x->rn[i].started = 1;
				x->inflight++;
				x->f->start(x->f->ctx, x->rn[i].name);
			}
			changed |= select_pending(x, i);
		}
		size_t before = x->nu;
		feature_units(x);
		for (size_t i = 0; i < x->nu; i++)   /* features that features turn on */
			for (size_t k = 0; k < x->u[i].self.n; k++)
				unit_add(x, x->u[i].cand, UNIT_FEATURE, x->u[i].self.v[k]);
		if (changed || x->nu != before)
			continue;
		if (!x->inflight)
			return 0;
		const char *name = NULL;
		char *doc = NULL;
		size_t len = 0;
		struct ferr fe = {0};
		if (!x->f->next(x->f->ctx, &name, &doc, &len, &fe)) {
			x->inflight = 0;
			continue;
		}
		x->inflight--;
		size_t ri = rname_get(x, name);
		x->rn[ri].doc = doc;
		x->rn[ri].err = fe;
		x->rn[ri].fetched = 1;
		if (!doc && !fe.kind)
			ferr_set(&x->rn[ri].err, FERR_NET, "%s: no document", name);
	}
}

/* ---- the pool ------------------------------------------------------------ */

static Id slot_dep(Pool *pool, const char *name, const char *evr)
{
	return pool_rel2id(pool, pool_str2id(pool, name, 1), pool_str2id(pool, evr, 1), REL_EQ, 1);
}

static char *unit_name(const struct ctx *x, const struct unit *u)
{
	const struct cand *c = &x->c[u->cand];
	return u->kind == UNIT_BASE ? xstrdup(c->slot)
	       : u->kind == UNIT_TEST ? xasprintf("%s#test", c->slot)
				      : xasprintf("%s+%s", c->slot, u->feature);
}

/* Why no registry version was selected for a need's range, or NULL if
 * one was. */
static const char *range_why(struct ctx *x, const struct need *nd)
{
	size_t ri = rname_get(x, nd->name);
	const struct rname *r = &x->rn[ri];
	for (size_t g = 0; g < r->ranges.n; g++)
		if (strcmp(r->ranges.v[g], nd->range) == 0 && r->sel[g] < 0)
			return r->why[g];
	return NULL;
}

/* An optional need whose version is not for the target: left out, as
 * npm leaves it out */
static int optional_unfit(struct ctx *x, const struct need *nd)
{
	if (!dep_kind_optional(nd->kind))
		return 0;
	size_t ri = rname_get(x, nd->name);
	const struct rname *r = &x->rn[ri];
	for (size_t g = 0; g < r->ranges.n; g++)
		if (strcmp(r->ranges.v[g], nd->range) == 0)
			return r->unfit[g];
	return 0;
}

/* The registry repository, afresh: one solvable per unit.  lenient:
 * requirements nothing can satisfy are left out (reported as nodes). */
static void populate(struct ctx *x, int lenient)
{
	Pool *pool = x->pool;
	repo_empty(x->reg, 0);
	for (size_t i = 0; i < x->nu; i++) {
		struct unit *u = &x->u[i];
		struct cand *c = &x->c[u->cand];
		u->s = repo_add_solvable(x->reg);
		Solvable *s = pool_id2solvable(pool, u->s);
		char *nm = unit_name(x, u);
		s->name = pool_str2id(pool, nm, 1);
		s->evr = pool_str2id(pool, c->evr, 1);
		s->arch = pool_str2id(pool, x->t->noarch, 1);
		s->provides = repo_addid_dep(x->reg, s->provides, slot_dep(pool, nm, c->evr), 0);
		free(nm);
		struct strv caps = {0};
		needs_provides(&c->p, u->kind, u->feature, x->t, &caps);
		for (size_t k = 0; k < caps.n; k++)
			s->provides = repo_addid_dep(x->reg, s->provides, slot_dep(pool, caps.v[k], c->evr), 0);
		strv_free(&caps);
		if (u->kind == UNIT_FEATURE)
			s->requires = repo_addid_dep(x->reg, s->requires, slot_dep(pool, c->slot, c->evr), 0);
		for (size_t k = 0; k < u->self.n; k++) {
			char *own = xasprintf("%s+%s", c->slot, u->self.v[k]);
			s->requires = repo_addid_dep(x->reg, s->requires, slot_dep(pool, own, c->evr), 0);
			free(own);
		}
		for (size_t k = 0; k < u->nneeds; k++) {
			int bad = u->state[k] == NEED_BAD ||
				  (u->state[k] == NEED_REGISTRY && range_why(x, &u->needs[k]));
			if (u->state[k] == NEED_REGISTRY && optional_unfit(x, &u->needs[k]))
				continue;
			if (u->dep[k] && !(bad && lenient))
				s->requires = repo_addid_dep(x->reg, s->requires, u->dep[k], 0);
		}
	}
	repo_internalize(x->reg);
	pool_createwhatprovides(pool);
	free(x->unit_of);
	x->nunit_of = pool->nsolvables;
	x->unit_of = xcalloc((size_t)x->nunit_of, sizeof *x->unit_of);
	for (size_t i = 0; i < x->nu; i++)
		x->unit_of[x->u[i].s] = (Id)i + 1;
}

static const struct unit *unit_at(const struct ctx *x, Id s)
{
	return s > 0 && s < x->nunit_of && x->unit_of[s] ? &x->u[x->unit_of[s] - 1] : NULL;
}

static char *name_solvable(void *vx, Id s)
{
	struct ctx *x = vx;
	const struct unit *u = unit_at(x, s);
	if (!u) {
		Solvable *sv = pool_id2solvable(x->pool, s);
		return xasprintf("%s %s (distribution)", pool_id2str(x->pool, sv->name), pool_id2str(x->pool, sv->evr));
	}
	const struct cand *c = &x->c[u->cand];
	return u->kind == UNIT_BASE ? xstrdup(c->nv)
	       : u->kind == UNIT_TEST ? xasprintf("%s (its tests)", c->nv)
				      : xasprintf("%s (feature %s)", c->nv, u->feature);
}

static char *name_dep(void *vx, Id s, Id dep)
{
	struct ctx *x = vx;
	const struct unit *u = unit_at(x, s);
	for (size_t k = 0; u && k < u->nneeds; k++)
		if (u->dep[k] == dep)
			return xasprintf("%s %s", u->needs[k].cap, u->needs[k].range);
	/* a feature's requirement on its own package */
	if (u && ISRELDEP(dep)) {
		const Reldep *rd = GETRELDEP(x->pool, dep);
		const char *n = pool_id2str(x->pool, rd->name), *slot = x->c[u->cand].slot;
		if (strncmp(n, slot, strlen(slot)) == 0)
			return xasprintf("%s@%s%s%s itself", x->c[u->cand].p.name, x->c[u->cand].p.version,
					 n[strlen(slot)] ? " feature " : "", n[strlen(slot)] ? n + strlen(slot) + 1 : "");
	}
	return NULL;
}

/* An ecosystem whose versions nest (npm) installs two versions of one
 * series where a closure needs both, and a distribution can ship the older
 * as a compat package: the names of the same-slot conflicts get a slot per
 * version.  1 if any did. */
static int nest(struct ctx *x, Solver *solv)
{
	if (!eco_find(x->eco)->nests)
		return 0;
	Queue rules;
	queue_init(&rules);
	int changed = 0;
	for (Id pr = 1; pr <= (Id)solver_problem_count(solv); pr++) {
		solver_findallproblemrules(solv, pr, &rules);
		for (int i = 0; i < rules.count; i++) {
			Id from = 0, to = 0, dep = 0;
			SolverRuleinfo type = solver_ruleinfo(solv, rules.elements[i], &from, &to, &dep);
			const struct unit *u = unit_at(x, from);
			if (type != SOLVER_RULE_PKG_SAME_NAME || !u || strv_has(&x->nested, x->c[u->cand].p.name))
				continue;
			strv_add(&x->nested, x->c[u->cand].p.name);
			changed = 1;
		}
	}
	queue_free(&rules);
	for (size_t i = 0; changed && i < x->nc; i++) {
		free(x->c[i].slot);
		x->c[i].slot = cand_slot(x, &x->c[i]);
	}
	return changed;
}

/* ---- the jobs ------------------------------------------------------------ */

/* (not x->u[unit_add(...)]: unit_add may move x->u) */
static void set_job(struct ctx *x, size_t ui)
{
	x->u[ui].job = 1;
}

static int root_units(struct ctx *x, size_t root, struct ferr *e)
{
	const struct cand *c = &x->c[root];
	set_job(x, unit_add(x, root, UNIT_BASE, NULL));
	const struct eco *eco = eco_find(x->eco);
	if (eco->default_feature && !x->o->no_default && strv_has(&c->feats, "default"))
		set_job(x, unit_add(x, root, UNIT_FEATURE, "default"));
	for (size_t i = 0; i < x->o->features.n; i++) {
		const char *f = x->o->features.v[i];
		if (!strv_has(&c->feats, f))
			return ferr_set(e, FERR_USAGE, "%s: has no %s '%s'", c->nv,
					eco->feature_noun ? eco->feature_noun : "feature", f);
		set_job(x, unit_add(x, root, UNIT_FEATURE, f));
	}
	if (x->o->with_tests)
		set_job(x, unit_add(x, root, UNIT_TEST, NULL));
	return 0;
}

static void jobs_for(struct ctx *x, Queue *job)
{
	queue_empty(job);
	for (size_t i = 0; i < x->nu; i++) {
		const struct unit *u = &x->u[i];
		if (u->job)
			queue_push2(job, SOLVER_INSTALL | SOLVER_SOLVABLE, u->s);
	}
}

/* The installed provider of a need: the distribution's first, then a
 * registry unit; 0 if none. */
static Id provider(struct ctx *x, Solver *solv, Id dep)
{
	Id d = distro_provider(x, dep, 1, solv);
	if (d)
		return d;
	Id p, pp;
	Pool *pool = x->pool;
	FOR_PROVIDES(p, pp, dep)
		if (solver_get_decisionlevel(solv, p) > 0)
			return p;
	return 0;
}

/* ---- the plan from the solution ------------------------------------------- */

static struct plan_node *node_add(struct plan *pl, enum plan_status st, const char *name, const char *version,
				   const char *range, const char *by, const char *dpkg, const char *dver, const char *why)
{
	pl->v = xrealloc(pl->v, (pl->n + 1) * sizeof *pl->v);
	struct plan_node *nd = &pl->v[pl->n++];
	memset(nd, 0, sizeof *nd);
	nd->status = st;
	nd->name = xstrdup(name);
	nd->version = version ? xstrdup(version) : NULL;
	nd->range = xstrdup(range ? range : "");
	nd->required_by = xstrdup(by);
	nd->distro_pkg = dpkg ? xstrdup(dpkg) : NULL;
	nd->distro_version = dver ? xstrdup(dver) : NULL;
	nd->why = why ? xstrdup(why) : NULL;
	return nd;
}

/* The version at which solvable p provides name: its own where the
 * family's provides are at the package's version (Fedora's npm(),
 * crate(), python3dist()), else that of its "Provides: name (= V)" (on
 * Debian, a package bundling another); 0 when it bundles name with an
 * unversioned Provides: the version is unknown. */
static Id provided_evr(const struct ctx *x, Id p, Id name)
{
	Pool *pool = x->pool;
	Solvable *s = pool->solvables + p;
	if (x->t->provides_own_version || s->name == name || !s->provides)
		return s->evr;
	for (Id *pp = s->repo->idarraydata + s->provides; *pp; pp++) {
		if (!ISRELDEP(*pp))
			continue;
		Reldep *rd = GETRELDEP(pool, *pp);
		if (rd->name == name && rd->flags == REL_EQ)
			return rd->evr;
	}
	return 0;
}

static void note_add(struct plan_node *n, char *note)
{
	if (!note)
		return;
	if (!n->note) {
		n->note = note;
		return;
	}
	char *both = xasprintf("%s; %s", n->note, note);
	free(n->note);
	free(note);
	n->note = both;
}

/* How candidate c stands to the distribution's evr of it: < 0 when the
 * distribution's is newer.  The ecosystem's order on the upstream version
 * the family reads from evr (Debian: no epoch, revision, component or
 * repack suffix); where that is not a version of the ecosystem
 * ("1.0.0~rc~12"), the distribution's own order on c's translation, said
 * in *note (caller frees) so that no verdict rests on a failed compare
 * unseen. */
static int distro_cmp(const struct ctx *x, const struct cand *c, const char *evr, char **note)
{
	const struct eco *eco = eco_find(x->eco);
	char *up = x->t->upstream_version(evr);
	const char *why = NULL;
	int cmp = 0;
	if (eco->compare(c->p.version, up, &cmp, &why) != 0) {
		cmp = pool_evrcmp_str(x->pool, c->evr, up, EVRCMP_COMPARE);
		cmp = (cmp > 0) - (cmp < 0);
		*note = xasprintf("%s: the distribution's upstream version '%.80s' is no %s version (%s): "
				  "compared in the distribution's order", c->p.name, up, eco->label, why ? why : "?");
	}
	free(up);
	return cmp;
}

/* The distribution's package of a candidate's name (its own or one
 * bundling it), or 0; *evr what it provides the name at (0: unknown). */
static Id distro_of(const struct ctx *x, const struct cand *c, Id *evr)
{
	/* a family that does not package the ecosystem ships none of it */
	char *bare = needs_bare(x->eco, c->p.name, x->t);
	Id bid = bare ? pool_str2id(x->pool, bare, 0) : 0;
	Id s = bid ? distro_provider((struct ctx *)x, bid, 0, NULL) : 0;
	free(bare);
	*evr = s ? provided_evr(x, s, bid) : 0;
	return s;
}

/* new, update (the distribution's version is older) or compat (it ships
 * a newer major than this one) */
static struct plan_node *cand_node(struct ctx *x, struct plan *pl, size_t ci, const char *range, const char *by)
{
	struct cand *c = &x->c[ci];
	if (x->f->verify && !c->verified && x->f->verify(x->f->ctx, &c->p) != 0) {
		free(c->p.signed_by);
		c->p.signed_by = NULL;   /* the caller fails the plan */
	}
	c->verified = 1;
	Id evr = 0;
	Id s = distro_of(x, c, &evr);
	enum plan_status st = s ? PLAN_UPDATE : PLAN_NEW;
	char *note = NULL;
	int cmp = s && evr ? distro_cmp(x, c, pool_id2str(x->pool, evr), &note) : 1;
	if (cmp < 0)
		st = PLAN_COMPAT;
	else if (s && evr && cmp == 0 && !note)   /* (the root's request the distribution does satisfy is distro) */
		note = xasprintf("%s: the distribution ships this version, without what is asked of it (a feature "
				 "or extra)", c->p.name);
	else if (s && !evr)
		note = xasprintf("%s: %s bundles it without a version (an unversioned Provides): "
				 "its version is not known", c->p.name, pool_id2str(x->pool, x->pool->solvables[s].name));
	struct plan_node *n = node_add(pl, st, c->p.name, c->p.version, range, by,
				       s ? pool_id2str(x->pool, x->pool->solvables[s].name) : NULL,
				       s ? pool_id2str(x->pool, evr ? evr : x->pool->solvables[s].evr) : NULL, NULL);
	note_add(n, note);
	n->signed_by = c->p.signed_by ? xstrdup(c->p.signed_by) : NULL;
	n->provenance = provenance_dup(c->p.provenance);
	if (c->p.native.n) {   /* the reader's evidence (npm: the registry's metadata) */
		struct buf b = {0};
		for (size_t i = 0; i < c->p.native.n; i++)
			buf_printf(&b, "%s%s", i ? ", " : "native: ", c->p.native.v[i]);
		note_add(n, buf_steal(&b));
	}
	{
		/* which package ships it, and what else that one provides (bundle.h) */
		char *bare = needs_bare(x->eco, c->p.name, x->t);
		Id bid = bare ? pool_str2id(x->pool, bare, 0) : 0;
		free(bare);
		plan_bundle(x->pool, x->t, s, bid, n);
	}
	return n;
}

/* Whether the distribution satisfies the request itself: its package of
 * the root provides every unit asked (features, crates' default) and
 * either satisfies the range asked, or, asked for no range (the default
 * version, a tag), is at least the version the registry gives. */
static int root_in_distro(struct ctx *x, size_t root, struct plan *pl)
{
	const struct cand *c = &x->c[root];
	Id evr = 0;
	Id s = distro_of(x, c, &evr);
	if (!s || !evr)
		return 0;
	const struct eco *eco = eco_find(x->eco);
	struct ivlist l = {0};
	const char *why = NULL;
	int ranged = x->o->want && eco->intervals(x->o->want, x->t->spell, &l, &why) == 0;
	ivlist_free(&l);
	int ok = 1;
	char *note = NULL;
	for (size_t i = 0; ok && i < x->nu; i++) {
		const struct unit *u = &x->u[i];
		if (u->cand != root || !u->job || u->kind == UNIT_TEST)
			continue;
		char *cap = u->feature && eco->feature_cap ? eco->feature_cap(c->p.name, u->feature)
							   : xstrdup(c->p.name);
		struct need nd = {c->p.name, cap, (char *)(ranged ? x->o->want : "*"), u->feature, DEP_RUNTIME};
		Id dep = ranged ? needs_dep(x->pool, x->eco, &nd, x->t, &why) : 0;
		if (ranged) {
			ok = dep && distro_provider(x, dep, 0, NULL);
		} else {
			struct strv caps = {0};
			needs_provides(&c->p, u->kind, u->feature, x->t, &caps);
			ok = caps.n && distro_provider(x, pool_str2id(x->pool, caps.v[0], 1), 0, NULL);
			strv_free(&caps);
		}
		free(cap);
	}
	if (ok && !ranged)
		ok = distro_cmp(x, c, pool_id2str(x->pool, evr), &note) <= 0;
	if (ok) {
		const char *name = pool_id2str(x->pool, x->pool->solvables[s].name);
		note_add(node_add(pl, PLAN_DISTRO, c->p.name, NULL, x->o->want, "", name, pool_id2str(x->pool, evr), NULL),
			 note);
		note = NULL;
	}
	free(note);
	return ok;
}

/* what a node says of the requirement that made it */
static void need_node(struct plan *pl, const struct need *nd, struct plan_node *n)
{
	(void)pl;
	n->kind = nd->kind;
	if (nd->feature && strcmp(nd->feature, "default") != 0)
		n->feature = xstrdup(nd->feature);
}

/* Walks the solution from the root, breadth first: nodes in the order a
 * packager reads them, each with the requirement that first reached it. */
static void collect(struct ctx *x, Solver *solv, size_t root, int runtime_only, struct plan *pl, char *reached)
{
	size_t *q = xmalloc((x->nc + 1) * sizeof *q), nq = 0;
	struct strv seen = {0};
	memset(reached, 0, x->nc);
	q[nq++] = root;
	reached[root] = 1;
	if (pl)
		cand_node(x, pl, root, x->o->want, "");
	for (size_t qi = 0; qi < nq; qi++) {
		size_t ci = q[qi];
		for (size_t ui = 0; ui < x->nu; ui++) {
			struct unit *u = &x->u[ui];
			if (u->cand != ci || solver_get_decisionlevel(solv, u->s) <= 0 || (runtime_only && u->kind == UNIT_TEST))
				continue;
			if (pl && u->kind == UNIT_FEATURE) {
				for (size_t n = 0; n < pl->n; n++)
					if (pl->v[n].version && strcmp(pl->v[n].name, x->c[ci].p.name) == 0 &&
					    strcmp(pl->v[n].version, x->c[ci].p.version) == 0 &&
					    !strv_has(&pl->v[n].features, u->feature)) {
						strv_add(&pl->v[n].features, u->feature);
						strv_sort(&pl->v[n].features);
					}
			}
			for (size_t k = 0; k < u->nneeds; k++) {
				const struct need *nd = &u->needs[k];
				if (u->state[k] == NEED_REGISTRY && optional_unfit(x, nd)) {
					const char *why = range_why(x, nd);
					char *lo = xasprintf("%s\t%s\t%s", x->c[ci].nv, nd->name, why ? why : "not for the target");
					if (pl && !strv_has(&pl->left_out, lo))
						strv_add(&pl->left_out, lo);
					free(lo);
					continue;
				}
				char *key = xasprintf("%s\t%s", nd->cap, nd->range);
				Id p = u->dep[k] ? provider(x, solv, u->dep[k]) : 0;
				const struct unit *pu = unit_at(x, p);
				if (pu) {
					size_t child = pu->cand;
					if (pl) {
						char *edge = xasprintf("%s\t%s", x->c[ci].nv, x->c[child].nv);
						if (child != ci && !strv_has(&pl->edges, edge))
							strv_add(&pl->edges, edge);
						free(edge);
					}
					if (!reached[child]) {
						reached[child] = 1;
						q[nq++] = child;
						if (pl)
							cand_node(x, pl, child, nd->range, x->c[ci].nv)->kind = nd->kind;
					}
				} else if (pl && !strv_has(&seen, key)) {
					strv_add(&seen, key);
					if (p) {
						Solvable *s = pool_id2solvable(x->pool, p);
						char *bare = needs_bare(x->eco, nd->name, x->t);
						Id bid = bare ? pool_str2id(x->pool, bare, 1) : 0;
						Id evr = provided_evr(x, p, bid);
						free(bare);
						if (!evr)
							evr = s->evr;
						struct plan_node *dn = node_add(pl, PLAN_DISTRO, nd->name, NULL, nd->range,
										x->c[ci].nv, pool_id2str(x->pool, s->name),
										pool_id2str(x->pool, evr), NULL);
						plan_bundle(x->pool, x->t, p, bid, dn);
						need_node(pl, nd, dn);
					} else {
						const char *why = u->state[k] == NEED_BAD ? u->why[k] : range_why(x, nd);
						need_node(pl, nd, node_add(pl, PLAN_UNRESOLVABLE, nd->name, NULL, nd->range,
									   x->c[ci].nv, NULL, NULL, why ? why : "no candidate"));
					}
				}
				free(key);
			}
		}
	}
	strv_free(&seen);
	free(q);
}

/* two slots of one name: the older ones become compat packages */
static void mark_compat(struct ctx *x, struct plan *pl)
{
	for (size_t i = 0; i < pl->n; i++) {
		struct plan_node *a = &pl->v[i];
		if (!a->version)
			continue;
		for (size_t k = 0; k < pl->n; k++) {
			struct plan_node *b = &pl->v[k];
			const char *why;
			int cmp = 0;
			if (k != i && b->version && strcmp(a->name, b->name) == 0 &&
			    eco_find(x->eco)->compare(a->version, b->version, &cmp, &why) == 0 && cmp < 0)
				a->status = PLAN_COMPAT;
		}
	}
}

static void ctx_free(struct ctx *x)
{
	for (size_t i = 0; i < x->nrn; i++) {
		struct rname *r = &x->rn[i];
		free(r->name);
		free(r->doc);
		if (r->parsed)
			x->rd->parsed_free(r->parsed);
		for (size_t k = 0; k < r->ranges.n; k++)
			free(r->why[k]);
		free(r->why);
		free(r->unfit);
		free(r->sel);
		strv_free(&r->ranges);
		strv_free(&r->feats);
	}
	free(x->rn);
	for (size_t i = 0; i < x->nc; i++) {
		pkg_free(&x->c[i].p);
		free(x->c[i].nv);
		free(x->c[i].slot);
		free(x->c[i].evr);
		strv_free(&x->c[i].feats);
	}
	free(x->c);
	for (size_t i = 0; i < x->nu; i++) {
		struct unit *u = &x->u[i];
		free(u->feature);
		needs_free(u->needs, u->nneeds);
		strv_free(&u->self);
		free(u->dep);
		free(u->state);
		if (u->why)
			for (size_t k = 0; k < u->nneeds; k++)
				free(u->why[k]);
		free(u->why);
	}
	free(x->u);
	free(x->unit_of);
	strv_free(&x->nested);
}

/* The distribution's packages are taken as they are: their own
 * requirements are the distribution's business, not the closure's. */
static void distro_as_given(Pool *pool)
{
	Solvable *s;
	Id p;
	FOR_POOL_SOLVABLES(p) {
		s = pool->solvables + p;
		s->requires = s->conflicts = s->obsoletes = s->recommends = s->suggests = 0;
		s->supplements = s->enhances = 0;
	}
}

int plan_build(Pool *pool, const struct family *t, const struct reader *rd, const struct plan_fetcher *f,
	       const struct plan_opts *o, struct plan *out, struct ferr *e)
{
	memset(out, 0, sizeof *out);
	if (!eco_find(rd->eco))
		return ferr_set(e, FERR_USAGE, "%s: unknown ecosystem '%s' (known: %s)", o->root, rd->eco, eco_names());
	distro_as_given(pool);
	for (int i = 1; i < pool->nrepos; i++)
		if (pool->repos[i])
			pool->repos[i]->priority = 1;
	const struct family_arch *arch = family_arch(t, o->arch);
	if (!arch)
		return ferr_set(e, FERR_USAGE, "%s: --arch '%.40s' is not an architecture of %s (%s)", o->root, o->arch,
				t->name, family_arch_names(t));
	struct ctx x = {pool, repo_create(pool, "registry"), t, rd, rd->eco, o, f, arch, 0,
			NULL, 0, NULL, 0, NULL, 0, NULL, 0, {0}};
	x.reg->priority = 0;
	pool_createwhatprovides(pool);
	int rc = -1;
	Solver *solv = NULL;
	Queue job;
	queue_init(&job);
	char *reached = NULL;

	/* the root: always from the registry, at the version asked */
	size_t rn = rname_get(&x, o->root);
	struct rname *r = &x.rn[rn];
	size_t len = 0;
	if (f->fetch(f->ctx, o->root, NULL, &r->doc, &len, e) != 0)
		goto out;
	r->fetched = 1;
	struct pkg p = {0};
	int sr = select_version(&x, r, o->want, &p, e);
	if (sr != 0) {
		pkg_free(&p);
		goto out;
	}
	size_t root = cand_add(&x, rn, &p);
	if (root_units(&x, root, e) != 0)
		goto out;
	if (root_in_distro(&x, root, out)) {   /* nothing to build */
		rc = 0;
		goto out;
	}
	for (;;) {
		if (grow(&x, e) != 0)
			goto out;
		/* strict: versions whose requirements fail are avoided; if that
		 * cannot be, lenient: those requirements become unresolvable
		 * nodes, and only true conflicts remain problems */
		int np = 0;
		for (int lenient = 0; lenient < 2; lenient++) {
			do {
				if (solv)
					solver_free(solv);
				populate(&x, lenient);
				jobs_for(&x, &job);
				solv = solver_create(pool);
				solver_set_flag(solv, SOLVER_FLAG_IGNORE_RECOMMENDED, 1);
				np = solver_solve(solv, &job);
			} while (np && nest(&x, solv));
			if (!np)
				break;
		}
		if (np) {
			struct explain_names nm = {name_solvable, name_dep, &x};
			explain_problems(solv, &nm, &out->problems);
			break;
		}
		if (!o->with_tests)
			break;
		/* the tests of every package built for its runtime closure */
		free(reached);
		reached = xmalloc(x.nc + 1);
		collect(&x, solv, root, 1, NULL, reached);
		size_t before = x.nu;
		for (size_t ci = 0; ci < x.nc; ci++)
			if (reached[ci])
				set_job(&x, unit_add(&x, ci, UNIT_TEST, NULL));
		if (x.nu == before)
			break;
		repo_empty(x.reg, 0);
		pool_createwhatprovides(pool);
	}
	if (!out->problems.n) {
		free(reached);
		reached = xmalloc(x.nc + 1);
		collect(&x, solv, root, 0, out, reached);
		mark_compat(&x, out);
	}
	rc = 0;
out:
	free(reached);
	queue_free(&job);
	if (solv)
		solver_free(solv);
	ctx_free(&x);
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
		free(n->bundle);
		free(n->bundle_version);
		strv_free(&n->bundle_provides);
		free(n->why);
		free(n->note);
		free(n->signed_by);
		provenance_free(n->provenance);
		free(n->feature);
		strv_free(&n->features);
	}
	free(p->v);
	p->v = NULL;
	p->n = 0;
	strv_free(&p->edges);
	strv_free(&p->problems);
	strv_free(&p->left_out);
}

const char *plan_status_str(enum plan_status s)
{
	static const char *const names[] = {"distro", "new", "update", "compat", "unresolvable"};
	return names[s];
}
