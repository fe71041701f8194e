/* embedset.c: the compat packages of a plan for the writers that embed
 * them (embedset.h). */
#include <stdlib.h>
#include <string.h>

#include "embedset.h"
#include "../convert/pkgfetch.h"
#include "../core/util.h"

static const struct embedded_one *find(const struct embedset *s, const char *nv)
{
	for (size_t i = 0; i < s->n; i++)
		if (strcmp(s->v[i].nv, nv) == 0)
			return &s->v[i];
	return NULL;
}

/* name@version into s: 1 fetched, 0 the registry has no such version,
 * -1 with e */
static int fetch_one(struct embedset *s, const char *name, const char *version, const struct registry *reg,
		     char *(*exact)(const char *eco, const char *version), const char *eco, int missing_ok,
		     struct ferr *e)
{
	struct embedded_one one = {xasprintf("%s@%s", name, version), {0}, NULL, 0};
	struct fetched f = {0};
	char *want = exact(eco, version);
	struct ferr fe = {0};
	int rc = pkgfetch(reg, name, want, NULL, &one.p, &f, &fe);
	free(want);
	if (rc == 0 && strcmp(one.p.version, version) != 0)
		rc = -1, fe.kind = FERR_MISSING;   /* another version: not what was provided */
	if (rc != 0) {
		fetched_free(&f);
		pkg_free(&one.p);
		free(one.nv);
		if (missing_ok && fe.kind == FERR_MISSING)
			return 0;
		*e = fe;
		return -1;
	}
	one.artifact = f.artifact, one.artifact_len = f.artifact_len;
	f.artifact = NULL;
	fetched_free(&f);
	s->v = xrealloc(s->v, (s->n + 1) * sizeof *s->v);
	s->v[s->n++] = one;
	return 1;
}

int embedset_kept(struct embedset *s, const struct plan_node *n, const struct family_eco *fe,
		  const struct registry *reg, char *(*exact)(const char *eco, const char *version), const char *eco,
		  struct write_component **out, size_t *nout, struct strv *lost, struct ferr *e)
{
	size_t first = s->n;
	for (size_t i = 0; i < n->bundle_provides.n; i++) {
		const char *pv = n->bundle_provides.v[i];   /* "NAME\tVERSION" (solver/bundle.h) */
		const char *tab = strchr(pv, '\t');
		char *pkg = tab ? xasprintf("%.*s", (int)(tab - pv), pv) : NULL;
		char *ver = tab && tab[1] ? xstrdup(tab + 1) : NULL;
		const char *rule;
		char *name = pkg && ver && fe && fe->upstream ? fe->upstream(pkg, 0, NULL, &rule) : NULL;
		int r = name ? fetch_one(s, name, ver, reg, exact, eco, 1, e) : 0;
		if (r == 0)
			strv_add(lost, pv);
		free(pkg);
		free(ver);
		free(name);
		if (r < 0)
			return -1;
	}
	for (size_t i = first; i < s->n; i++) {   /* s->v stays put from here */
		*out = xrealloc(*out, (*nout + 1) * sizeof **out);
		(*out)[(*nout)++] = (struct write_component){&s->v[i].p, s->v[i].artifact, s->v[i].artifact_len, 1};
	}
	return 0;
}

int embedset_fetch(struct embedset *s, const struct plan *pl, const struct registry *reg,
		   char *(*exact)(const char *eco, const char *version), const char *eco, struct ferr *e)
{
	for (size_t i = 0; i < pl->n; i++) {
		const struct plan_node *n = &pl->v[i];
		if (n->status != PLAN_COMPAT || !n->version)
			continue;
		char *nv = xasprintf("%s@%s", n->name, n->version);
		if (find(s, nv)) {
			free(nv);
			continue;
		}
		free(nv);
		if (fetch_one(s, n->name, n->version, reg, exact, eco, 0, e) < 0)
			return -1;
	}
	return 0;
}

/* the component of nv's compat child c, unless out holds it: 1 added, 0
 * there already, -1 (e) when out holds c's name at another version */
static int add_below(const struct embedded_one *c, const char *nv, struct write_component **out, size_t *n,
		     struct ferr *e)
{
	for (size_t k = 0; k < *n; k++) {
		if ((*out)[k].pkg == &c->p)
			return 0;
		if (strcmp((*out)[k].pkg->name, c->p.name) == 0)
			return ferr_set(e, FERR_FOUND, "%s: needs %s at %s and at %s, which one node_modules cannot hold",
					nv, c->p.name, (*out)[k].pkg->version, c->p.version);
	}
	*out = xrealloc(*out, (*n + 1) * sizeof **out);
	(*out)[(*n)++] = (struct write_component){&c->p, c->artifact, c->artifact_len, 0};
	return 1;
}

int embedset_below(const struct embedset *s, const struct plan *pl, const char *nv, struct write_component **out,
		   size_t *n, struct ferr *e)
{
	*out = NULL;
	*n = 0;
	/* breadth first from nv: each component's own compat children after it */
	struct strv queue = {0};
	strv_add(&queue, nv);
	for (size_t q = 0; q < queue.n; q++) {
		size_t len = strlen(queue.v[q]);
		for (size_t i = 0; i < pl->edges.n; i++) {
			const char *edge = pl->edges.v[i];
			if (strncmp(edge, queue.v[q], len) != 0 || edge[len] != '\t')
				continue;
			const struct embedded_one *c = find(s, edge + len + 1);
			if (!c)
				continue;
			int r = add_below(c, nv, out, n, e);
			if (r < 0) {
				strv_free(&queue);
				free(*out);
				*out = NULL;
				*n = 0;
				return -1;
			}
			if (r > 0)
				strv_add(&queue, c->nv);
		}
	}
	strv_free(&queue);
	return 0;
}

void embedset_free(struct embedset *s)
{
	for (size_t i = 0; i < s->n; i++) {
		free(s->v[i].nv);
		pkg_free(&s->v[i].p);
		free(s->v[i].artifact);
	}
	free(s->v);
	s->v = NULL;
	s->n = 0;
}
