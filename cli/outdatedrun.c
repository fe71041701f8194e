/* What a distribution ships against its registries now (outdatedrun.h). */
#include "outdatedrun.h"

#include <stdlib.h>
#include <string.h>

#include "vetrun.h"
#include "../core/eco.h"
#include "../fetch/registry.h"
#include "../review/cost.h"
#include "../review/review.h"
#include "../solver/distpool.h"
#include "../solver/names.h"

struct gather {
	Pool *pool;
	const struct family *fam;
	const struct strv *ecos;
	struct outdated *out;
};

static void row_add(struct outdated *o, const char *eco, const struct upname *u, const char *pkg, const char *evr)
{
	o->v = xrealloc(o->v, (o->n + 1) * sizeof *o->v);
	struct outdated_row *r = &o->v[o->n++];
	memset(r, 0, sizeof *r);
	r->eco = eco, r->name = xstrdup(u->name), r->pkg = xstrdup(pkg);
	r->version = xstrdup(u->version), r->pkgver = xstrdup(evr), r->rule = u->rule;
	r->vetted = -1, r->cost = -1;
}

/* distpool_each: the index's names as rows (one per name and package once
 * sorted: outdated_gather) */
static int one_index(void *ctx, const char *path, const struct distro_load *l, struct ferr *e)
{
	struct gather *g = ctx;
	if (!distpool_kind_of(g->fam, l->kind))
		return ferr_set(e, FERR_USAGE, "outdated: %s is %s, not %s's", path, distpool_kind_what(path, l->kind),
				g->fam->name);
	struct upname *names;
	size_t n;
	names_recover(g->pool, l->repo, l->kind, &names, &n);
	for (size_t k = 0; k < n; k++) {
		const struct eco *x = eco_find(names[k].eco);
		if (!x || (g->ecos->n && !strv_has(g->ecos, names[k].eco)))
			continue;
		Solvable *s = pool_id2solvable(g->pool, names[k].solvable);
		row_add(g->out, x->name, &names[k], pool_id2str(g->pool, s->name), pool_id2str(g->pool, s->evr));
	}
	names_free(names, n);
	return 0;
}

static int by_key(const struct outdated_row *x, const char *eco, const char *name)
{
	int c = strcmp(x->eco, eco);
	return c ? c : strcmp(x->name, name);
}

/* the first row of (eco, name) in the sorted rows, or o->n */
static size_t first_row(const struct outdated *o, const char *eco, const char *name)
{
	size_t lo = 0, hi = o->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (by_key(&o->v[mid], eco, name) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < o->n && by_key(&o->v[lo], eco, name) == 0 ? lo : o->n;
}

static void row_free(struct outdated_row *r)
{
	free(r->name), free(r->pkg), free(r->pkgver), free(r->version), free(r->slot_newest), free(r->newest);
	free(r->why), free(r->cost_why);
}

/* sorted rows of one (eco, name, pkg) as one, the highest version kept */
static void dedupe(struct outdated *o)
{
	size_t w = 0;
	for (size_t i = 0; i < o->n; i++) {
		struct outdated_row *r = &o->v[i], *last = w ? &o->v[w - 1] : NULL;
		if (last && by_key(last, r->eco, r->name) == 0 && strcmp(last->pkg, r->pkg) == 0) {
			int c;
			const char *why;
			if (eco_find(r->eco)->compare(r->version, last->version, &c, &why) == 0 && c > 0) {
				row_free(last);
				*last = *r;
			} else {
				row_free(r);
			}
			continue;
		}
		o->v[w++] = *r;
	}
	o->n = w;
}

/* newest releases, overall and in the series of r's version, from the
 * registry's history */
static void classify(struct outdated_row *r, const struct eco *x, const struct history *h)
{
	char *series = x->series(r->version);
	const char *why;
	for (size_t i = 0; i < h->n; i++) {
		const struct hist_version *v = &h->v[i];
		int c;
		if (v->yanked || strv_has(&h->unpublished, v->version) ||
		    x->satisfies(x->any_range, v->version, &why) != 1)
			continue;
		if (!r->newest || (x->compare(v->version, r->newest, &c, &why) == 0 && c > 0)) {
			free(r->newest);
			r->newest = xstrdup(v->version);
		}
		char *vs = x->series(v->version);
		if (series && vs && strcmp(vs, series) == 0 &&
		    (!r->slot_newest || (x->compare(v->version, r->slot_newest, &c, &why) == 0 && c > 0))) {
			free(r->slot_newest);
			r->slot_newest = xstrdup(v->version);
		}
		free(vs);
	}
	free(series);
	int cs = 0, cn = 0;
	if (r->slot_newest)
		x->compare(r->slot_newest, r->version, &cs, &why);
	if (r->newest)
		x->compare(r->newest, r->version, &cn, &why);
	r->status = cs > 0 ? OUTDATED_BEHIND : cn > 0 ? OUTDATED_MAJOR : cn < 0 ? OUTDATED_AHEAD : OUTDATED_CURRENT;
}

static const char *reg_flag(const struct strv *regs, const char *eco)
{
	size_t n = strlen(eco);
	for (size_t i = 0; i < regs->n; i++)
		if (strncmp(regs->v[i], eco, n) == 0 && regs->v[i][n] == '=')
			return regs->v[i] + n + 1;
	return NULL;
}

static void unchecked(struct outdated *o, const char *eco, const char *why)
{
	for (size_t i = 0; i < o->n; i++)
		if (o->v[i].eco == eco) {
			o->v[i].status = OUTDATED_UNCHECKED;
			o->v[i].why = xstrdup(why);
		}
}

/* A gone or ahead row whose distribution name stands for another upstream
 * name as well (family.h: alternatives): each tried, the most likely one
 * that the registry has at the row's series or later taken, its name
 * written "@babel/core (node-NAME)" in rule's stead. */
struct alt {
	size_t row;
	struct strv names;
	size_t best;                 /* index into names; names.n: none yet */
	struct outdated_row found;
};

static void alt_found(struct alt *a, size_t k, const struct outdated_row *r)
{
	free(a->found.slot_newest), free(a->found.newest);
	a->found = *r;
	a->best = k;
}

static void try_alternatives(struct outdated *o, const struct eco *x, const struct family_eco *fe,
			     const struct registry *reg, size_t parallel)
{
	struct alt *v = NULL;
	size_t n = 0;
	struct registry_multi *m = registry_multi_new(reg, parallel);
	struct strv asked = {0};
	for (size_t i = 0; fe && fe->alternatives && i < o->n; i++) {
		struct outdated_row *r = &o->v[i];
		if (r->eco != x->name || (r->status != OUTDATED_GONE && r->status != OUTDATED_AHEAD))
			continue;
		v = xrealloc(v, (n + 1) * sizeof *v);
		struct alt *a = &v[n++];
		memset(a, 0, sizeof *a);
		a->row = i;
		fe->alternatives(r->name, &a->names);
		a->best = a->names.n;
		for (size_t k = 0; k < a->names.n; k++)
			if (!strv_has(&asked, a->names.v[k])) {
				strv_add(&asked, a->names.v[k]);
				registry_multi_add(m, a->names.v[k]);
			}
	}
	char *name;
	struct registry_doc doc;
	struct ferr e = {0};
	while (registry_multi_next(m, &name, &doc, &e)) {
		struct history h = {0};
		struct ferr he = {0};
		if (e.kind == FERR_NONE && history_read(x->name, name, doc.body, doc.len, &h, &he) == 0)
			for (size_t i = 0; i < n; i++) {
				size_t k = 0;
				while (k < v[i].names.n && strcmp(v[i].names.v[k], name) != 0)
					k++;
				if (k >= v[i].best)
					continue;
				struct outdated_row t = {.version = o->v[v[i].row].version};
				classify(&t, x, &h);
				if (t.status == OUTDATED_BEHIND || t.status == OUTDATED_CURRENT || t.status == OUTDATED_MAJOR)
					alt_found(&v[i], k, &t);
				else
					free(t.slot_newest), free(t.newest);
			}
		history_free(&h);
		registry_doc_free(&doc);
		free(name);
	}
	for (size_t i = 0; i < n; i++) {
		struct outdated_row *r = &o->v[v[i].row];
		if (v[i].best < v[i].names.n) {
			free(r->slot_newest), free(r->newest), free(r->why);
			r->why = xasprintf("%s read as %s: the registry has no %s at this series", r->name,
					   v[i].names.v[v[i].best], r->name);
			free(r->name);
			r->name = xstrdup(v[i].names.v[v[i].best]);
			r->slot_newest = v[i].found.slot_newest, r->newest = v[i].found.newest;
			r->status = v[i].found.status;
		}
		strv_free(&v[i].names);
	}
	free(v);
	strv_free(&asked);
	registry_multi_free(m);
}

/* every row of one ecosystem against its registry, parallel at once */
static void check_eco(struct outdated *o, const struct eco *x, const struct family_eco *fe,
		      const struct strv *regs, size_t parallel)
{
	struct registry reg = {0};
	struct ferr e = {0};
	size_t rows = 0;
	for (size_t i = 0; i < o->n; i++)
		rows += o->v[i].eco == x->name;
	if (!rows)
		return;
	if (registry_open(&reg, x->name, reg_flag(regs, x->name), NULL, &e) != 0) {
		strv_push(&o->notes, xasprintf("%s: %zu packages not checked: %s", x->name, rows, e.msg));
		unchecked(o, x->name, e.msg);
		return;
	}
	struct registry_multi *m = registry_multi_new(&reg, parallel);
	for (size_t i = 0; i < o->n; i++)   /* each name once: the rows are sorted */
		if (o->v[i].eco == x->name && (i == 0 || by_key(&o->v[i - 1], x->name, o->v[i].name) != 0))
			registry_multi_add(m, o->v[i].name);
	char *name;
	struct registry_doc doc;
	while (registry_multi_next(m, &name, &doc, &e)) {
		struct history h = {0};
		struct ferr he = {0};
		int ok = e.kind == FERR_NONE && history_read(x->name, name, doc.body, doc.len, &h, &he) == 0;
		for (size_t i = first_row(o, x->name, name); i < o->n && by_key(&o->v[i], x->name, name) == 0; i++) {
			struct outdated_row *r = &o->v[i];
			if (ok)
				classify(r, x, &h);
			else {
				r->status = e.kind == FERR_MISSING ? OUTDATED_GONE : OUTDATED_UNCHECKED;
				r->why = xstrdup(e.kind != FERR_NONE ? e.msg : he.msg);
			}
		}
		history_free(&h);
		registry_doc_free(&doc);
		free(name);
	}
	registry_multi_free(m);
	try_alternatives(o, x, fe, &reg, parallel);
	registry_close(&reg);
}

static int by_name(const void *a, const void *b)
{
	const struct outdated_row *x = a, *y = b;
	int c = strcmp(x->eco, y->eco);
	if (!c)
		c = strcmp(x->name, y->name);
	return c ? c : strcmp(x->pkg, y->pkg);
}

int outdated_gather(const struct family *f, const struct strv *paths, const struct strv *ecos,
		    const struct strv *regs, size_t parallel, struct outdated *out, struct ferr *e)
{
	memset(out, 0, sizeof *out);
	struct gather g = {distpool_new(f, e), f, ecos, out};
	if (!g.pool)
		return -1;
	long loaded = distpool_load(g.pool, paths, one_index, &g, e);
	pool_free(g.pool);
	if (loaded < 0)
		return -1;
	if (out->n)
		qsort(out->v, out->n, sizeof *out->v, by_name);
	dedupe(out);
	for (size_t i = 0; eco_at(i); i++)
		check_eco(out, eco_at(i), family_eco(f, eco_at(i)->name), regs, parallel);
	return 0;
}

void outdated_review(struct outdated *o, const struct strv *regs, const char *ledger, int trust, int cost)
{
	struct review_gate g = {0};
	struct ferr e = {0};
	if (ledger && review_gate_open(&g, 1, ledger, trust, &e) != 0) {
		strv_push(&o->notes, xasprintf("ledger: %s", e.msg));
		ledger = NULL;
	}
	struct registry reg = {0};
	const char *open_eco = NULL;
	for (size_t i = 0; i < o->n && (ledger || cost); i++) {
		struct outdated_row *r = &o->v[i];
		if (r->status != OUTDATED_BEHIND)
			continue;
		if (open_eco != r->eco) {
			registry_close(&reg);
			memset(&reg, 0, sizeof reg);
			ferr_clear(&e);
			open_eco = registry_open(&reg, r->eco, reg_flag(regs, r->eco), NULL, &e) == 0 ? r->eco : NULL;
			if (!open_eco)
				continue;
		}
		ferr_clear(&e);
		if (ledger && review_gate_load(&g, r->eco, r->name, &e) == 0) {
			struct buf out = {0};
			long long c;
			int v = vetrun_one(&g.l, &reg, r->name, r->slot_newest, NULL, 0, &g.criteria, g.trust, &out, NULL,
					   &c, NULL, NULL, &e);
			r->vetted = v < 0 ? -1 : v;
			buf_free(&out);
		}
		ferr_clear(&e);
		if (cost && vetrun_delta_cost(&reg, r->name, r->version, r->slot_newest, &r->cost, &r->cost_why, &e) != 0) {
			r->cost = -1;
			free(r->cost_why);
			r->cost_why = xstrdup(e.msg);
		}
	}
	registry_close(&reg);
	if (g.l.dir)
		review_gate_free(&g);
}

const char *outdated_status_str(enum outdated_status s)
{
	static const char *const str[] = {"current", "behind", "major", "ahead", "gone", "unchecked"};
	return str[s];
}

void outdated_free(struct outdated *o)
{
	for (size_t i = 0; i < o->n; i++)
		row_free(&o->v[i]);
	free(o->v);
	strv_free(&o->notes);
	memset(o, 0, sizeof *o);
}
