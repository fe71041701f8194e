/* Build batches from a plan's edges (order.h): Tarjan's strongly connected
 * components, iteratively, then longest-path levels on the condensation. */
#include "order.h"

#include <stdlib.h>
#include <string.h>

#include "../core/util.h"

/* The index of the vertex spelled s[0..n) in the sorted names, or -1. */
static long find(const struct strv *names, const char *s, size_t n)
{
	size_t lo = 0, hi = names->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const char *m = names->v[mid];
		int c = strncmp(m, s, n);
		if (c == 0)
			c = m[n] ? 1 : 0;   /* m is longer than s: after it */
		if (c == 0)
			return (long)mid;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

struct graph {
	size_t n;
	size_t *first;    /* arcs of v: to[first[v] .. first[v + 1]) */
	size_t *to;
	char *self;       /* v has an arc to itself */
};

static void graph_build(const struct strv *names, const struct strv *edges, struct graph *g)
{
	size_t n = names->n, m = 0;
	size_t *from = xcalloc(edges->n ? edges->n : 1, sizeof *from);
	size_t *to = xcalloc(edges->n ? edges->n : 1, sizeof *to);
	g->n = n;
	g->first = xcalloc(n + 1, sizeof *g->first);
	g->self = xcalloc(n ? n : 1, 1);
	for (size_t k = 0; k < edges->n; k++) {
		const char *e = edges->v[k], *tab = strchr(e, '\t');
		if (!tab)
			continue;
		long a = find(names, e, (size_t)(tab - e)), b = find(names, tab + 1, strlen(tab + 1));
		if (a < 0 || b < 0)
			continue;   /* not between packages to build */
		if (a == b) {
			g->self[a] = 1;
			continue;
		}
		from[m] = (size_t)a;
		to[m] = (size_t)b;
		g->first[a + 1]++;
		m++;
	}
	for (size_t v = 0; v < n; v++)
		g->first[v + 1] += g->first[v];
	g->to = xcalloc(m ? m : 1, sizeof *g->to);
	size_t *fill = xcalloc(n ? n : 1, sizeof *fill);
	for (size_t k = 0; k < m; k++)
		g->to[g->first[from[k]] + fill[from[k]]++] = to[k];
	free(fill);
	free(from);
	free(to);
}

static void graph_free(struct graph *g)
{
	free(g->first);
	free(g->to);
	free(g->self);
}

#define UNSEEN ((size_t)-1)

/* comp[v]: v's component, numbered in the order Tarjan's algorithm
 * completes them, which puts every component after the ones it reaches;
 * level[c]: 1 + the longest path from c to a component with no arcs out.
 * Returns the number of components. */
static size_t components(const struct graph *g, size_t *comp, size_t **level_out)
{
	size_t n = g->n, next = 0, nc = 0, sp = 0, cp = 0;
	size_t *index = xmalloc((n ? n : 1) * sizeof *index);
	size_t *low = xmalloc((n ? n : 1) * sizeof *low);
	size_t *stack = xmalloc((n ? n : 1) * sizeof *stack);    /* Tarjan's stack */
	size_t *call = xmalloc((n ? n : 1) * sizeof *call);      /* the DFS path */
	size_t *arc = xmalloc((n ? n : 1) * sizeof *arc);        /* next arc of each vertex on it */
	size_t *level = xcalloc(n ? n : 1, sizeof *level);
	char *on = xcalloc(n ? n : 1, 1);
	for (size_t v = 0; v < n; v++) {
		index[v] = UNSEEN;
		comp[v] = UNSEEN;
	}
	for (size_t root = 0; root < n; root++) {
		if (index[root] != UNSEEN)
			continue;
		call[cp++] = root;
		index[root] = low[root] = next++;
		arc[root] = g->first[root];
		stack[sp++] = root;
		on[root] = 1;
		while (cp) {
			size_t v = call[cp - 1];
			if (arc[v] < g->first[v + 1]) {
				size_t w = g->to[arc[v]++];
				if (index[w] == UNSEEN) {   /* descend */
					index[w] = low[w] = next++;
					arc[w] = g->first[w];
					stack[sp++] = w;
					on[w] = 1;
					call[cp++] = w;
				} else if (on[w] && index[w] < low[v]) {
					low[v] = index[w];
				}
				continue;
			}
			cp--;   /* v is done: return to its caller */
			if (cp && low[v] < low[call[cp - 1]])
				low[call[cp - 1]] = low[v];
			if (low[v] != index[v])
				continue;
			/* v roots a component: its members are on the stack down to v;
			 * everything they reach outside it is complete already */
			size_t c = nc++, lv = 1, w;
			size_t top = sp;
			do {
				w = stack[--sp];
				on[w] = 0;
				comp[w] = c;
			} while (w != v);
			for (size_t k = sp; k < top; k++)
				for (size_t a = g->first[stack[k]]; a < g->first[stack[k] + 1]; a++) {
					size_t d = comp[g->to[a]];
					if (d != c && level[d] + 1 > lv)
						lv = level[d] + 1;
				}
			level[c] = lv;
		}
	}
	free(index);
	free(low);
	free(stack);
	free(call);
	free(arc);
	free(on);
	*level_out = level;
	return nc;
}

void plan_build_order(const struct plan *p, struct strv *batches)
{
	struct strv names = {0};
	for (size_t i = 0; i < p->n; i++)
		if (p->v[i].version)
			strv_push(&names, xasprintf("%s@%s", p->v[i].name, p->v[i].version));
	strv_sort(&names);
	strv_uniq(&names);
	struct graph g = {0};
	graph_build(&names, &p->edges, &g);
	size_t n = names.n;
	size_t *comp = xmalloc((n ? n : 1) * sizeof *comp), *level = NULL;
	size_t nc = components(&g, comp, &level);

	/* members of each component, in name order (counting sort on comp) */
	size_t *start = xcalloc(nc + 1, sizeof *start), *member = xmalloc((n ? n : 1) * sizeof *member);
	size_t *fill = xcalloc(nc ? nc : 1, sizeof *fill), levels = 0;
	for (size_t v = 0; v < n; v++)
		start[comp[v] + 1]++;
	for (size_t c = 0; c < nc; c++) {
		start[c + 1] += start[c];
		if (level[c] > levels)
			levels = level[c];
	}
	for (size_t v = 0; v < n; v++)
		member[start[comp[v]] + fill[comp[v]]++] = v;

	/* items go to their batch in the order of their first member's name */
	struct buf *line = xcalloc(levels ? levels : 1, sizeof *line);
	for (size_t v = 0; v < n; v++) {
		size_t c = comp[v], size = start[c + 1] - start[c];
		if (member[start[c]] != v)
			continue;
		struct buf *b = &line[level[c] - 1];
		if (b->len)
			buf_addc(b, ' ');
		if (size == 1 && !g.self[v]) {
			buf_adds(b, names.v[v]);
			continue;
		}
		buf_adds(b, "cycle(");
		for (size_t k = start[c]; k < start[c + 1]; k++)
			buf_printf(b, "%s%s", k > start[c] ? " " : "", names.v[member[k]]);
		buf_addc(b, ')');
	}
	for (size_t l = 0; l < levels; l++)
		strv_push(batches, buf_steal(&line[l]));
	free(line);
	free(start);
	free(member);
	free(fill);
	free(comp);
	free(level);
	graph_free(&g);
	strv_free(&names);
}
