#include "cargofeat.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "../core/util.h"

/* ---- cfg() for Linux, three-valued: no, yes, maybe (architecture) ---- */

enum tri { NO, YES, MAYBE };

struct cfg {
	const char *s;
	int depth;
	int bad;
};

static void sp(struct cfg *c)
{
	while (isspace((unsigned char)*c->s))
		c->s++;
}

static size_t ident(const char *s)
{
	size_t n = 0;
	while (isalnum((unsigned char)s[n]) || s[n] == '_')
		n++;
	return n;
}

static enum tri fact(const char *key, size_t kn, const char *val, size_t vn)
{
#define IS(a, n, lit) ((n) == sizeof(lit) - 1 && memcmp((a), (lit), (n)) == 0)
	if (!val) {
		if (IS(key, kn, "unix"))
			return YES;
		return NO;   /* windows, test, debug_assertions, miri, ... */
	}
	if (IS(key, kn, "target_os"))
		return IS(val, vn, "linux") ? YES : NO;
	if (IS(key, kn, "target_family"))
		return IS(val, vn, "unix") ? YES : NO;
	if (IS(key, kn, "target_env"))
		return IS(val, vn, "gnu") ? YES : NO;
	if (IS(key, kn, "target_vendor"))
		return IS(val, vn, "unknown") ? YES : NO;
	if (IS(key, kn, "target_arch") || IS(key, kn, "target_pointer_width") || IS(key, kn, "target_endian") ||
	    IS(key, kn, "target_has_atomic") || IS(key, kn, "target_feature"))
		return MAYBE;
	return NO;
#undef IS
}

static enum tri expr(struct cfg *c);

static enum tri list(struct cfg *c, int all)
{
	enum tri acc = all ? YES : NO;
	sp(c);
	if (*c->s != '(') {   /* never step past the end */
		c->bad = 1;
		return NO;
	}
	c->s++;
	for (;;) {
		sp(c);
		if (*c->s == ')') {
			c->s++;
			return acc;
		}
		enum tri t = expr(c);
		if (c->bad)
			return NO;
		if (all)
			acc = acc == NO || t == NO ? NO : acc == MAYBE || t == MAYBE ? MAYBE : YES;
		else
			acc = acc == YES || t == YES ? YES : acc == MAYBE || t == MAYBE ? MAYBE : NO;
		sp(c);
		if (*c->s == ',')
			c->s++;
		else if (*c->s != ')') {
			c->bad = 1;
			return NO;
		}
	}
}

static enum tri expr(struct cfg *c)
{
	if (++c->depth > 64) {
		c->bad = 1;
		return NO;
	}
	sp(c);
	size_t n = ident(c->s);
	if (!n) {
		c->bad = 1;
		return NO;
	}
	const char *key = c->s;
	c->s += n;
	sp(c);
	enum tri r;
	if (n == 3 && memcmp(key, "all", 3) == 0 && *c->s == '(') {
		r = list(c, 1);
	} else if (n == 3 && memcmp(key, "any", 3) == 0 && *c->s == '(') {
		r = list(c, 0);
	} else if (n == 3 && memcmp(key, "not", 3) == 0 && *c->s == '(') {
		c->s++;
		enum tri t = expr(c);
		if (c->bad)
			return NO;
		sp(c);
		if (*c->s != ')') {   /* "cfg(not(unix": the text ends here */
			c->bad = 1;
			return NO;
		}
		c->s++;
		r = t == YES ? NO : t == NO ? YES : MAYBE;
	} else if (*c->s == '=') {
		c->s++;
		sp(c);
		if (*c->s != '"') {
			c->bad = 1;
			return NO;
		}
		const char *v = ++c->s;
		while (*c->s && *c->s != '"')
			c->s++;
		if (!*c->s) {
			c->bad = 1;
			return NO;
		}
		r = fact(key, n, v, (size_t)(c->s - v));
		c->s++;
	} else {
		r = fact(key, n, NULL, 0);
	}
	c->depth--;
	return r;
}

int cargo_target_linux(const char *target)
{
	if (!target || !*target)
		return 1;
	if (strncmp(target, "cfg(", 4) == 0) {
		struct cfg c = {target + 3, 0, 0};
		enum tri t = list(&c, 1);
		sp(&c);
		if (c.bad || *c.s)
			return 1;   /* unreadable: keep, the reviewer sees it */
		return t != NO;
	}
	return strstr(target, "-linux") != NULL;
}

int cargo_dep_base(const struct dep *d)
{
	return (d->kind == DEP_RUNTIME || d->kind == DEP_BUILD) && !d->optional && cargo_target_linux(d->target);
}

/* ---- features ---------------------------------------------------------- */

/* The lookups a crate's features need, each sorted once: feature names,
 * dependencies by the name the manifest uses, the "dep:X" names. */
struct dname {
	const char *as;
	size_t len, dep;
};

struct fidx {
	const struct pkg *p;
	const struct feature **decl;   /* p->features by name; the first of a name */
	size_t ndecl;
	struct dname *deps;            /* normal and build dependencies, by (name, index) */
	size_t ndeps;
	struct strv hidden;            /* X of every "dep:X", sorted */
};

static int cmp_n(const char *a, size_t an, const char *b, size_t bn)
{
	int c = memcmp(a, b, an < bn ? an : bn);
	return c ? c : (an > bn) - (an < bn);
}

static int cmp_decl(const void *a, const void *b)
{
	const struct feature *x = *(const struct feature *const *)a, *y = *(const struct feature *const *)b;
	int c = strcmp(x->name, y->name);
	return c ? c : (x > y) - (x < y);
}

static int cmp_dname(const void *a, const void *b)
{
	const struct dname *x = a, *y = b;
	int c = cmp_n(x->as, x->len, y->as, y->len);
	return c ? c : (x->dep > y->dep) - (x->dep < y->dep);
}

static void fidx_init(struct fidx *x, const struct pkg *p)
{
	memset(x, 0, sizeof *x);
	x->p = p;
	x->decl = xcalloc(p->nfeatures + 1, sizeof *x->decl);
	for (size_t i = 0; i < p->nfeatures; i++)
		x->decl[i] = &p->features[i];
	qsort(x->decl, p->nfeatures, sizeof *x->decl, cmp_decl);
	for (size_t i = 0; i < p->nfeatures; i++)   /* keep the first of each name */
		if (!x->ndecl || strcmp(x->decl[x->ndecl - 1]->name, x->decl[i]->name) != 0)
			x->decl[x->ndecl++] = x->decl[i];
	x->deps = xcalloc(p->ndeps + 1, sizeof *x->deps);
	for (size_t i = 0; i < p->ndeps; i++) {
		const struct dep *d = &p->deps[i];
		const char *as = d->alias ? d->alias : d->name;
		if (d->kind == DEP_RUNTIME || d->kind == DEP_BUILD)
			x->deps[x->ndeps++] = (struct dname){as, strlen(as), i};
	}
	qsort(x->deps, x->ndeps, sizeof *x->deps, cmp_dname);
	for (size_t i = 0; i < p->nfeatures; i++)
		for (size_t k = 0; k < p->features[i].items.n; k++) {
			const char *it = p->features[i].items.v[k];
			if (strncmp(it, "dep:", 4) == 0)
				strv_add(&x->hidden, it + 4);
		}
	strv_sort(&x->hidden);
	strv_uniq(&x->hidden);
}

static void fidx_free(struct fidx *x)
{
	free(x->decl);
	free(x->deps);
	strv_free(&x->hidden);
}

/* by the name the manifest uses (the alias when renamed); the first one */
static long find_dep(const struct fidx *x, const char *name, size_t n)
{
	size_t lo = 0, hi = x->ndeps;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (cmp_n(x->deps[mid].as, x->deps[mid].len, name, n) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < x->ndeps && cmp_n(x->deps[lo].as, x->deps[lo].len, name, n) == 0 ? (long)x->deps[lo].dep : -1;
}


/* "dep:X" anywhere hides the implicit feature X */
static int hidden(const struct fidx *x, const char *dep)
{
	return strv_sorted_has(&x->hidden, dep);
}

static const struct feature *declared(const struct fidx *x, const char *name)
{
	size_t lo = 0, hi = x->ndecl;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(x->decl[mid]->name, name);
		if (c == 0)
			return x->decl[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

static void add_cdep(struct cdep **v, size_t *n, size_t *cap, size_t dep, const char *feature)
{
	if (*n == *cap) {
		*cap = *cap ? 2 * *cap : 4;
		*v = xrealloc(*v, *cap * sizeof **v);
	}
	(*v)[(*n)++] = (struct cdep){dep, feature};
}

static int cmp_cdep(const void *a, const void *b)
{
	const struct cdep *x = a, *y = b;
	if (x->dep != y->dep)
		return (x->dep > y->dep) - (x->dep < y->dep);
	if (!x->feature || !y->feature)
		return (x->feature != NULL) - (y->feature != NULL);
	return strcmp(x->feature, y->feature);
}

struct cdep_at {
	struct cdep c;
	size_t at;
};

static int cmp_cdep_at(const void *a, const void *b)
{
	const struct cdep_at *x = a, *y = b;
	int c = cmp_cdep(&x->c, &y->c);
	return c ? c : (x->at > y->at) - (x->at < y->at);
}

/* drop repeats, keeping first occurrences in their order */
static void uniq_cdeps(struct cdep *v, size_t *n)
{
	if (*n < 2)
		return;
	struct cdep_at *s = xmalloc(*n * sizeof *s);
	unsigned char *keep = xcalloc(*n, 1);
	for (size_t i = 0; i < *n; i++)
		s[i] = (struct cdep_at){v[i], i};
	qsort(s, *n, sizeof *s, cmp_cdep_at);
	for (size_t i = 0; i < *n; i++)
		if (i == 0 || cmp_cdep(&s[i - 1].c, &s[i].c) != 0)
			keep[s[i].at] = 1;
	size_t o = 0;
	for (size_t i = 0; i < *n; i++)
		if (keep[i])
			v[o++] = v[i];
	*n = o;
	free(s);
	free(keep);
}

/* One feature's direct effects. */
static void direct(const struct fidx *x, const char *name, struct cfeat *f)
{
	const struct pkg *p = x->p;
	const struct feature *decl = declared(x, name);
	size_t cap = 0;
	if (!decl) {   /* implicit: the optional dependency itself */
		long d = find_dep(x, name, strlen(name));
		if (d >= 0)
			add_cdep(&f->direct, &f->ndirect, &cap, (size_t)d, NULL);
		return;
	}
	for (size_t k = 0; k < decl->items.n; k++) {
		const char *it = decl->items.v[k];
		const char *slash = strchr(it, '/');
		if (strncmp(it, "dep:", 4) == 0) {
			long d = find_dep(x, it + 4, strlen(it + 4));
			if (d >= 0)
				add_cdep(&f->direct, &f->ndirect, &cap, (size_t)d, NULL);
		} else if (slash) {
			int weak = slash > it && slash[-1] == '?';
			size_t n = (size_t)(slash - it) - (weak ? 1 : 0);
			long d = find_dep(x, it, n);
			if (d < 0)
				continue;
			if (weak && p->deps[d].optional)
				continue;   /* only if enabled some other way */
			add_cdep(&f->direct, &f->ndirect, &cap, (size_t)d, NULL);
			add_cdep(&f->direct, &f->ndirect, &cap, (size_t)d, slash + 1);
			/* "X/f" also turns on the implicit feature X */
			const char *as = p->deps[d].alias ? p->deps[d].alias : p->deps[d].name;
			if (!weak && p->deps[d].optional && !hidden(x, as) && !declared(x, as))
				strv_add(&f->enables, as);
		} else if (declared(x, it) || (find_dep(x, it, strlen(it)) >= 0 && !hidden(x, it))) {
			strv_add(&f->enables, it);   /* a feature, or the implicit one of an optional dependency */
		}
	}
}

static int cmp_cfeat(const void *a, const void *b)
{
	return strcmp(((const struct cfeat *)a)->name, ((const struct cfeat *)b)->name);
}

/* ---- closures: a walk over the graph of features, each closure once ----
 * A feature's closure is its own dependencies, then those of the features
 * it enables (in name order, each closure computed before it is used),
 * first occurrences kept: the order of a depth-first walk.  Every distinct
 * (dependency, feature) pair gets a number, so a closure is de-duplicated
 * with one mark per number rather than by searching it. */
struct walk {
	struct cfeat *v;
	size_t n;
	size_t **ids;       /* per feature: its closure as pair numbers */
	size_t *nids, *capids;
	size_t **next;      /* per feature: the features it enables, as indexes */
	size_t *nnext;
	unsigned char *state;   /* 0 not yet, 1 on the walk's path, 2 done */
	size_t *mark;       /* per pair number: the feature (+1) that last took it */
	struct cdep *pairs; /* by number */
	size_t npairs;
	size_t total, budget;
	int cycle;
};

static size_t pair_id(const struct walk *w, const struct cdep *c)
{
	size_t lo = 0, hi = w->npairs;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (cmp_cdep(&w->pairs[mid], c) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static void take(struct walk *w, size_t f, size_t id)
{
	if (w->mark[id] == f + 1)
		return;
	w->mark[id] = f + 1;
	if (w->nids[f] == w->capids[f]) {
		w->capids[f] = w->capids[f] ? 2 * w->capids[f] : 4;
		w->ids[f] = xrealloc(w->ids[f], w->capids[f] * sizeof *w->ids[f]);
	}
	w->ids[f][w->nids[f]++] = id;
	w->total++;
}

static int close_one(struct walk *w, size_t f)
{
	w->state[f] = 1;
	for (size_t k = 0; k < w->nnext[f]; k++) {
		size_t g = w->next[f][k];
		if (w->state[g] == 1)
			w->cycle = 1;   /* closures() walks again */
		else if (w->state[g] == 0 && close_one(w, g) != 0)
			return -1;
	}
	for (size_t k = 0; k < w->v[f].ndirect; k++)
		take(w, f, pair_id(w, &w->v[f].direct[k]));
	for (size_t k = 0; k < w->nnext[f]; k++) {
		size_t g = w->next[f][k];
		for (size_t j = 0; w->state[g] == 2 && j < w->nids[g]; j++)
			take(w, f, w->ids[g][j]);
	}
	w->state[f] = 2;
	return w->total > w->budget ? -1 : 0;
}

size_t cargo_feature_index(const struct cfeat *v, size_t n, const char *name)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(v[mid].name, name);
		if (c == 0)
			return mid;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return n;
}

static void walk_free(struct walk *w)
{
	for (size_t i = 0; i < w->n; i++) {
		free(w->ids[i]);
		free(w->next[i]);
	}
	free(w->ids);
	free(w->nids);
	free(w->capids);
	free(w->next);
	free(w->nnext);
	free(w->state);
	free(w->mark);
	free(w->pairs);
}

/* A feature's closure as its own depth-first walk: the same order as
 * close_one's for features that no cycle reaches */
static int walk_from(struct walk *w, size_t f, size_t g, size_t *seen, size_t *steps, size_t max_steps)
{
	seen[g] = f + 1;
	if (++*steps > max_steps)
		return -2;
	for (size_t k = 0; k < w->v[g].ndirect; k++)
		take(w, f, pair_id(w, &w->v[g].direct[k]));
	for (size_t k = 0; k < w->nnext[g]; k++) {
		size_t h = w->next[g][k];
		if (seen[h] != f + 1) {
			int rc = walk_from(w, f, h, seen, steps, max_steps);
			if (rc != 0)
				return rc;
		}
	}
	return 0;
}

/* Where features enable each other in a cycle, close_one's closures miss
 * what the cycle brings: then every feature's closure is its own walk,
 * max_steps features visited in all. */
static int rewalk(struct walk *w, size_t max_steps)
{
	size_t *seen = xcalloc(w->n + 1, sizeof *seen), steps = 0;
	memset(w->mark, 0, (w->npairs + 1) * sizeof *w->mark);
	memset(w->nids, 0, (w->n + 1) * sizeof *w->nids);
	w->total = 0;
	int rc = 0;
	for (size_t f = 0; f < w->n && rc == 0; f++) {
		rc = walk_from(w, f, f, seen, &steps, max_steps);
		if (rc == 0 && w->total > w->budget)
			rc = -1;
	}
	free(seen);
	return rc;
}

/* closures of v[0..n) (sorted by name); -1 when they name more than
 * budget pairs in all, -2 when cycles take the walks over max_steps */
static int closures(struct cfeat *v, size_t n, size_t budget, size_t max_steps)
{
	struct walk w = {0};
	w.v = v;
	w.n = n;
	w.budget = budget;
	w.ids = xcalloc(n + 1, sizeof *w.ids);
	w.nids = xcalloc(n + 1, sizeof *w.nids);
	w.capids = xcalloc(n + 1, sizeof *w.capids);
	w.next = xcalloc(n + 1, sizeof *w.next);
	w.nnext = xcalloc(n + 1, sizeof *w.nnext);
	w.state = xcalloc(n + 1, 1);
	size_t np = 0;
	for (size_t i = 0; i < n; i++)
		np += v[i].ndirect;
	w.pairs = xcalloc(np + 1, sizeof *w.pairs);
	for (size_t i = 0; i < n; i++)
		for (size_t k = 0; k < v[i].ndirect; k++)
			w.pairs[w.npairs++] = v[i].direct[k];
	qsort(w.pairs, w.npairs, sizeof *w.pairs, cmp_cdep);
	size_t u = 0;
	for (size_t i = 0; i < w.npairs; i++)
		if (!u || cmp_cdep(&w.pairs[u - 1], &w.pairs[i]) != 0)
			w.pairs[u++] = w.pairs[i];
	w.npairs = u;
	w.mark = xcalloc(w.npairs + 1, sizeof *w.mark);
	for (size_t i = 0; i < n; i++) {
		w.next[i] = xcalloc(v[i].enables.n + 1, sizeof *w.next[i]);
		for (size_t k = 0; k < v[i].enables.n; k++) {
			size_t g = cargo_feature_index(v, n, v[i].enables.v[k]);
			if (g < n)
				w.next[i][w.nnext[i]++] = g;
		}
	}
	int rc = 0;
	for (size_t i = 0; i < n && rc == 0; i++)
		if (w.state[i] == 0)
			rc = close_one(&w, i);
	if (rc == 0 && w.cycle)
		rc = rewalk(&w, max_steps);
	for (size_t i = 0; i < n && rc == 0; i++) {
		v[i].closure = xcalloc(w.nids[i] + 1, sizeof *v[i].closure);
		for (size_t k = 0; k < w.nids[i]; k++)
			v[i].closure[k] = w.pairs[w.ids[i][k]];
		v[i].nclosure = w.nids[i];
	}
	walk_free(&w);
	return rc;
}

static int build(const struct pkg *p, struct cfeat **out, size_t *n, size_t budget, size_t max_steps)
{
	struct fidx x;
	fidx_init(&x, p);
	struct strv names = {0};
	strv_add(&names, "default");
	for (size_t i = 0; i < p->nfeatures; i++)
		strv_add(&names, p->features[i].name);
	for (size_t i = 0; i < p->ndeps; i++) {
		const struct dep *d = &p->deps[i];
		const char *as = d->alias ? d->alias : d->name;
		if (d->optional && (d->kind == DEP_RUNTIME || d->kind == DEP_BUILD) && !hidden(&x, as))
			strv_add(&names, as);
	}
	strv_sort(&names);
	strv_uniq(&names);
	struct cfeat *v = xcalloc(names.n ? names.n : 1, sizeof *v);
	for (size_t i = 0; i < names.n; i++) {
		v[i].name = xstrdup(names.v[i]);
		direct(&x, names.v[i], &v[i]);
		uniq_cdeps(v[i].direct, &v[i].ndirect);
		strv_sort(&v[i].enables);
		strv_uniq(&v[i].enables);
	}
	fidx_free(&x);
	/* names are sorted already: v is in name order */
	qsort(v, names.n, sizeof *v, cmp_cfeat);
	int rc = closures(v, names.n, budget, max_steps);
	*out = v;
	*n = names.n;
	strv_free(&names);
	if (rc != 0) {
		cargo_features_free(v, *n);
		*out = NULL;
		*n = 0;
	}
	return rc;
}

void cargo_features(const struct pkg *p, struct cfeat **out, size_t *n)
{
	build(p, out, n, (size_t)-1, (size_t)-1);
}

int cargo_features_check(const struct pkg *p, const char **why)
{
	size_t items = 0;
	for (size_t i = 0; i < p->nfeatures; i++)
		items += p->features[i].items.n;
	if (p->nfeatures > CARGO_MAX_FEATURES) {
		*why = "more than " CARGO_STR(CARGO_MAX_FEATURES) " features";
		return -1;
	}
	if (items > CARGO_MAX_FEATURE_ITEMS) {
		*why = "more than " CARGO_STR(CARGO_MAX_FEATURE_ITEMS) " items in all features";
		return -1;
	}
	struct cfeat *v;
	size_t n;
	int rc = build(p, &v, &n, CARGO_MAX_CLOSURE, CARGO_MAX_CYCLE_WALK);
	if (rc == -1)
		*why = "the features' closures name more than " CARGO_STR(CARGO_MAX_CLOSURE) " dependencies in all";
	else if (rc == -2)
		*why = "features that enable each other in cycles take more than " CARGO_STR(CARGO_MAX_CYCLE_WALK)
		       " steps to resolve";
	else
		cargo_features_free(v, n);
	return rc ? -1 : 0;
}

void cargo_features_free(struct cfeat *f, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(f[i].name);
		strv_free(&f[i].enables);
		free(f[i].direct);
		free(f[i].closure);
	}
	free(f);
}
