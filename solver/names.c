#include "names.h"

#include <ctype.h>
#include <solv/repo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../convert/pydist.h"
#include "../core/eco.h"
#include "../core/util.h"

char *names_upstream_version(const char *debver)
{
	const char *colon = strchr(debver, ':');
	const char *s = colon ? colon + 1 : debver;
	const char *dash = strrchr(s, '-');
	char *v = dash ? xstrndup(s, (size_t)(dash - s)) : xstrdup(s);
	static const char *const cut[] = {"+dfsg", "~dfsg", "+ds", "~ds", "+~cs", "+repack", "~repack"};
	for (size_t i = 0; i < sizeof cut / sizeof cut[0]; i++) {
		char *p = strstr(v, cut[i]);
		if (p)
			*p = 0;
	}
	return v;
}

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

/* Debian: most packages match no rule, so the upstream version is only
 * worked out for those that do */
static void debian(Pool *pool, Solvable *s, Id id, struct names *ns)
{
	const char *name = pool_id2str(pool, s->name);
	const char *evr = pool_id2str(pool, s->evr);
	if (str_startswith(name, "node-types-")) {
		char *t = xasprintf("@types/%s", name + 11);
		add(ns, "npm", t, names_upstream_version(evr), "node-types-NAME", id);
		free(t);
	} else if (str_startswith(name, "node-")) {
		add(ns, "npm", name + 5, names_upstream_version(evr), "node-NAME", id);
	} else if (str_startswith(name, "librust-") && str_endswith(name, "-dev") && !strchr(name, '+')) {
		/* the base package, not librust-X-1-dev (versions start with a digit
		 * after a '-') or feature packages */
		char *crate = xstrndup(name + 8, strlen(name) - 12);
		char *last = strrchr(crate, '-');
		if (!last || !isdigit((unsigned char)last[1])) {
			add(ns, "crate", crate, names_upstream_version(evr), "librust-NAME-dev", id);
		} else {
			*last = 0;   /* a compat package for one semver-major */
			add(ns, "crate", crate, names_upstream_version(evr), "librust-NAME-MAJOR-dev (compat)", id);
		}
		free(crate);
	} else if (str_startswith(name, "python3-") && !str_endswith(name, "-dbg") && !str_endswith(name, "-doc")) {
		const char *dist = pydist_for_package(name);
		if (dist)
			add(ns, "pypi", dist, names_upstream_version(evr), "dh-python's mapping data", id);
		else
			add(ns, "pypi", name + 8, names_upstream_version(evr), "python3-NAME", id);
	}
	/* modules a package bundles: Provides: node-Y (= V) */
	if (s->provides) {
		Id *pp = s->repo->idarraydata + s->provides;
		for (; *pp; pp++) {
			if (!ISRELDEP(*pp))
				continue;
			Reldep *rd = GETRELDEP(pool, *pp);
			const char *pn = pool_id2str(pool, rd->name);
			if (rd->flags == REL_EQ && str_startswith(pn, "node-") && strcmp(pn, name) != 0)
				add(ns, "npm", pn + 5, names_upstream_version(pool_id2str(pool, rd->evr)), "Provides node-NAME", id);
		}
	}
}

static void fedora(Pool *pool, Solvable *s, Id id, struct names *ns)
{
	static const struct { const char *prefix, *eco, *rule; } caps[] = {
		{"npm(", "npm", "npm(NAME)"}, {"crate(", "crate", "crate(NAME)"},
		{"python3dist(", "pypi", "python3dist(NAME)"},
	};
	if (!s->provides)
		return;
	for (Id *pp = s->repo->idarraydata + s->provides; *pp; pp++) {
		if (!ISRELDEP(*pp))
			continue;
		Reldep *rd = GETRELDEP(pool, *pp);
		const char *pn = pool_id2str(pool, rd->name);
		for (size_t i = 0; i < sizeof caps / sizeof caps[0]; i++) {
			size_t k = strlen(caps[i].prefix);
			if (rd->flags != REL_EQ || strncmp(pn, caps[i].prefix, k) != 0 || !str_endswith(pn, ")"))
				continue;
			char *nm = xstrndup(pn + k, strlen(pn) - k - 1);
			if (!strchr(nm, '/') && !strchr(nm, '['))   /* crate(x/feature), python3dist(x[extra]) */
				add(ns, caps[i].eco, nm, xstrdup(pool_id2str(pool, rd->evr)), caps[i].rule, id);
			free(nm);
		}
	}
}

void names_recover(Pool *pool, Repo *repo, enum distro_kind kind, struct upname **out, size_t *n)
{
	struct names ns = {0};
	Solvable *s;
	Id id;
	FOR_REPO_SOLVABLES(repo, id, s) {
		if (kind == DISTRO_DEB)
			debian(pool, s, id, &ns);
		else
			fedora(pool, s, id, &ns);
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
