/* bench/order: plan_build_order on synthetic plans, for the figures of
 * the build-order rewrite.  Not a test.
 *
 *   make build/bench/order && build/bench/order [NODES [EDGES [RUNS]]]
 *
 * Two shapes, each NODES packages and EDGES distinct arcs from a fixed
 * pseudo-random sequence: "dag", every arc from a lower to a higher
 * number (no cycle, many batches), and "random", arcs either way (one
 * large cycle and a few packages outside it).  Prints the best and the
 * mean wall time of RUNS calls, and the shape of the answer. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/util.h"
#include "solver/order.h"

static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static unsigned long long seed = 88172645463325252ULL;

static size_t rnd(size_t n)
{
	seed ^= seed << 13;
	seed ^= seed >> 7;
	seed ^= seed << 17;
	return (size_t)(seed % n);
}

static void make(struct plan *p, size_t nodes, size_t arcs, int dag)
{
	memset(p, 0, sizeof *p);
	p->v = xcalloc(nodes, sizeof *p->v);
	for (size_t i = 0; i < nodes; i++) {
		struct plan_node *n = &p->v[p->n++];
		n->status = PLAN_NEW;
		n->name = xasprintf("pkg-%05zu", i);
		n->version = xstrdup("1.0.0");
		n->range = xstrdup("^1.0.0");
		n->required_by = xstrdup("");
	}
	while (p->edges.n < arcs) {
		size_t a = rnd(nodes), b = rnd(nodes);
		if (a == b || (dag && a > b))
			continue;
		strv_push(&p->edges, xasprintf("pkg-%05zu@1.0.0\tpkg-%05zu@1.0.0", a, b));
	}
	strv_sort(&p->edges);
	strv_uniq(&p->edges);
	while (p->edges.n < arcs) {   /* top up after dropping repeats */
		size_t a = rnd(nodes), b = rnd(nodes);
		if (a == b || (dag && a > b))
			continue;
		char *e = xasprintf("pkg-%05zu@1.0.0\tpkg-%05zu@1.0.0", a, b);
		if (strv_has(&p->edges, e))
			free(e);
		else
			strv_push(&p->edges, e);
	}
}

static void run(const char *shape, size_t nodes, size_t arcs, int runs)
{
	struct plan p;
	make(&p, nodes, arcs, strcmp(shape, "dag") == 0);
	double best = 1e9, sum = 0;
	size_t batches = 0, cycles = 0;
	for (int r = 0; r < runs; r++) {
		struct strv b = {0};
		double t0 = now();
		plan_build_order(&p, &b);
		double t = now() - t0;
		sum += t;
		if (t < best)
			best = t;
		batches = b.n;
		cycles = 0;
		for (size_t i = 0; i < b.n; i++)
			for (const char *c = b.v[i]; (c = strstr(c, "cycle(")) != NULL; c++)
				cycles++;
		strv_free(&b);
	}
	printf("%-6s %zu packages, %zu edges: best %.2f ms, mean %.2f ms over %d runs; %zu batches, %zu cycles\n",
	       shape, nodes, p.edges.n, best * 1e3, sum / runs * 1e3, runs, batches, cycles);
	plan_free(&p);
}

int main(int argc, char **argv)
{
	size_t nodes = argc > 1 ? strtoul(argv[1], NULL, 10) : 5000;
	size_t arcs = argc > 2 ? strtoul(argv[2], NULL, 10) : 20000;
	int runs = argc > 3 ? atoi(argv[3]) : 20;
	if (nodes < 2 || runs < 1 || arcs > nodes * (nodes - 1) / 2) {
		fprintf(stderr, "usage: order [NODES [EDGES [RUNS]]]\n");
		return 2;
	}
	run("dag", nodes, arcs, runs);
	run("random", nodes, arcs, runs);
	return 0;
}
