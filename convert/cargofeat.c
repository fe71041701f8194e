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

static long find_dep(const struct pkg *p, const char *name, size_t n)
{
	/* by the name the manifest uses (the alias when renamed) */
	for (size_t i = 0; i < p->ndeps; i++) {
		const struct dep *d = &p->deps[i];
		const char *as = d->alias ? d->alias : d->name;
		if ((d->kind == DEP_RUNTIME || d->kind == DEP_BUILD) && strlen(as) == n && memcmp(as, name, n) == 0)
			return (long)i;
	}
	return -1;
}

static int hidden(const struct pkg *p, const char *dep)
{
	/* "dep:X" anywhere hides the implicit feature X */
	for (size_t i = 0; i < p->nfeatures; i++)
		for (size_t k = 0; k < p->features[i].items.n; k++) {
			const char *it = p->features[i].items.v[k];
			if (strncmp(it, "dep:", 4) == 0 && strcmp(it + 4, dep) == 0)
				return 1;
		}
	return 0;
}

static void add_cdep(struct cdep **v, size_t *n, size_t dep, const char *feature)
{
	for (size_t i = 0; i < *n; i++)
		if ((*v)[i].dep == dep && (((*v)[i].feature == NULL && feature == NULL) ||
					   ((*v)[i].feature && feature && strcmp((*v)[i].feature, feature) == 0)))
			return;
	*v = xrealloc(*v, (*n + 1) * sizeof **v);
	(*v)[(*n)++] = (struct cdep){dep, feature};
}

static const struct feature *declared(const struct pkg *p, const char *name)
{
	return pkg_feature(p, name);
}

/* One feature's direct effects. */
static void direct(const struct pkg *p, const char *name, struct cfeat *f)
{
	const struct feature *decl = declared(p, name);
	if (!decl) {   /* implicit: the optional dependency itself */
		long d = find_dep(p, name, strlen(name));
		if (d >= 0)
			add_cdep(&f->direct, &f->ndirect, (size_t)d, NULL);
		return;
	}
	for (size_t k = 0; k < decl->items.n; k++) {
		const char *it = decl->items.v[k];
		const char *slash = strchr(it, '/');
		if (strncmp(it, "dep:", 4) == 0) {
			long d = find_dep(p, it + 4, strlen(it + 4));
			if (d >= 0)
				add_cdep(&f->direct, &f->ndirect, (size_t)d, NULL);
		} else if (slash) {
			int weak = slash > it && slash[-1] == '?';
			size_t n = (size_t)(slash - it) - (weak ? 1 : 0);
			long d = find_dep(p, it, n);
			if (d < 0)
				continue;
			if (weak && p->deps[d].optional)
				continue;   /* only if enabled some other way */
			add_cdep(&f->direct, &f->ndirect, (size_t)d, NULL);
			add_cdep(&f->direct, &f->ndirect, (size_t)d, slash + 1);
			/* "X/f" also turns on the implicit feature X */
			if (!weak && p->deps[d].optional && !hidden(p, p->deps[d].alias ? p->deps[d].alias : p->deps[d].name) &&
			    !declared(p, p->deps[d].alias ? p->deps[d].alias : p->deps[d].name))
				strv_add(&f->enables, p->deps[d].alias ? p->deps[d].alias : p->deps[d].name);
		} else if (declared(p, it) || (find_dep(p, it, strlen(it)) >= 0 && !hidden(p, it))) {
			if (declared(p, it))
				strv_add(&f->enables, it);
			else {
				strv_add(&f->enables, it);   /* the implicit feature of an optional dependency */
			}
		}
	}
}

static int cmp_cfeat(const void *a, const void *b)
{
	return strcmp(((const struct cfeat *)a)->name, ((const struct cfeat *)b)->name);
}

static struct cfeat *lookup(struct cfeat *v, size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(v[i].name, name) == 0)
			return &v[i];
	return NULL;
}

void cargo_features(const struct pkg *p, struct cfeat **out, size_t *n)
{
	struct strv names = {0};
	strv_add(&names, "default");
	for (size_t i = 0; i < p->nfeatures; i++)
		strv_add(&names, p->features[i].name);
	for (size_t i = 0; i < p->ndeps; i++) {
		const struct dep *d = &p->deps[i];
		const char *as = d->alias ? d->alias : d->name;
		if (d->optional && (d->kind == DEP_RUNTIME || d->kind == DEP_BUILD) && !hidden(p, as))
			strv_add(&names, as);
	}
	strv_sort(&names);
	strv_uniq(&names);
	struct cfeat *v = xcalloc(names.n ? names.n : 1, sizeof *v);
	for (size_t i = 0; i < names.n; i++) {
		v[i].name = xstrdup(names.v[i]);
		direct(p, names.v[i], &v[i]);
		strv_sort(&v[i].enables);
		strv_uniq(&v[i].enables);
	}
	/* closures: iterate to a fixed point (features may name each other) */
	for (size_t i = 0; i < names.n; i++)
		for (size_t k = 0; k < v[i].ndirect; k++)
			add_cdep(&v[i].closure, &v[i].nclosure, v[i].direct[k].dep, v[i].direct[k].feature);
	for (int changed = 1, rounds = 0; changed && rounds < 1000; rounds++) {
		changed = 0;
		for (size_t i = 0; i < names.n; i++)
			for (size_t k = 0; k < v[i].enables.n; k++) {
				struct cfeat *g = lookup(v, names.n, v[i].enables.v[k]);
				for (size_t j = 0; g && j < g->nclosure; j++) {
					size_t before = v[i].nclosure;
					add_cdep(&v[i].closure, &v[i].nclosure, g->closure[j].dep, g->closure[j].feature);
					changed |= v[i].nclosure != before;
				}
			}
	}
	qsort(v, names.n, sizeof *v, cmp_cfeat);
	*out = v;
	*n = names.n;
	strv_free(&names);
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
