#include "names.h"

#include <solv/repo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "distpool.h"
#include "../convert/pydist.h"
#include "../core/eco.h"
#include "../core/family.h"
#include "../core/util.h"

struct names {
	struct upname *v;
	size_t n, cap;
};

static void add(struct names *ns, const char *eco, const char *name, char *version_owned, const char *rule, Id s)
{
	if (ns->n == ns->cap) {
		ns->cap = ns->cap ? 2 * ns->cap : 256;
		ns->v = xrealloc(ns->v, ns->cap * sizeof *ns->v);
	}
	ns->v[ns->n++] = (struct upname){eco, xstrdup(name), version_owned, rule, s};
}

/* The upstream names one pair's rules find in pkg (a package's name, or
 * what it provides at evr) */
static void try_pair(struct names *ns, const struct family *f, const struct family_eco *fe, const char *pkg,
		     int provide, const char *evr, Id id)
{
	const char *rule = NULL;
	const struct nametable *tbl = fe->table ? pydist_table(fe->table) : NULL;
	char *up = fe->upstream(pkg, provide, tbl, &rule);
	if (up)   /* most packages match no rule: the version only for those that do */
		add(ns, fe->eco, up, f->upstream_version(evr), rule, id);
	free(up);
}

/* Each pair's rules on the package's name, then on each Provides at one
 * version but its own name (modules a package bundles, Fedora's npm(NAME)) */
static void recover(const struct family *f, Pool *pool, Solvable *s, Id id, struct names *ns)
{
	const char *name = pool_id2str(pool, s->name);
	for (size_t i = 0; i < f->necos; i++)
		try_pair(ns, f, &f->ecos[i], name, 0, pool_id2str(pool, s->evr), id);
	if (!s->provides)
		return;
	for (Id *pp = s->repo->idarraydata + s->provides; *pp; pp++) {
		if (!ISRELDEP(*pp))
			continue;
		Reldep *rd = GETRELDEP(pool, *pp);
		const char *pn = pool_id2str(pool, rd->name);
		if (rd->flags != REL_EQ || strcmp(pn, name) == 0)
			continue;
		for (size_t i = 0; i < f->necos; i++)
			try_pair(ns, f, &f->ecos[i], pn, 1, pool_id2str(pool, rd->evr), id);
	}
}

void names_recover(Pool *pool, Repo *repo, enum distro_kind kind, struct upname **out, size_t *n)
{
	struct names ns = {0};
	const struct family *f;
	size_t i = 0;
	while ((f = family_at(i)) != NULL && !distpool_kind_of(f, kind))
		i++;
	Solvable *s;
	Id id;
	if (f) {
		FOR_REPO_SOLVABLES(repo, id, s)
			recover(f, pool, s, id, &ns);
	}
	*out = ns.v;
	*n = ns.n;
}

void names_free(struct upname *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(v[i].name);
		free(v[i].version);
	}
	free(v);
}

int names_same(const char *eco, const char *a, const char *b)
{
	const struct eco *e = eco_find(eco);
	if (!e)
		return 0;
	char *x = e->normal(a), *y = e->normal(b);
	int r = strcmp(x, y) == 0;
	free(x);
	free(y);
	return r;
}
