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
		struct embedded_one one = {nv, {0}, NULL, 0};
		struct fetched f = {0};
		char *want = exact(eco, n->version);
		int rc = pkgfetch(reg, n->name, want, NULL, &one.p, &f, e);
		free(want);
		if (rc != 0) {
			fetched_free(&f);
			pkg_free(&one.p);
			free(nv);
			return -1;
		}
		one.artifact = f.artifact, one.artifact_len = f.artifact_len;
		f.artifact = NULL;
		fetched_free(&f);
		s->v = xrealloc(s->v, (s->n + 1) * sizeof *s->v);
		s->v[s->n++] = one;
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
	(*out)[(*n)++] = (struct write_component){&c->p, c->artifact, c->artifact_len};
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
