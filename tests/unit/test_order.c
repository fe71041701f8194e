/* Unit tests for solver/order.c: build batches of hand-built plans.
 * Prints "ok - NAME" / "not ok - NAME". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/util.h"
#include "solver/order.h"

static int failed;

static void check(const char *name, int cond)
{
	printf("%s - %s\n", cond ? "ok" : "not ok", name);
	if (!cond)
		failed = 1;
}

/* A package to build, NAME@1 ("b" is "b@1"); version NULL: the
 * distribution's. */
static void node(struct plan *p, const char *name, const char *version)
{
	if ((p->n & (p->n - 1)) == 0)   /* 0, 1, 2, 4...: double (a plan has no capacity field) */
		p->v = xrealloc(p->v, (p->n ? 2 * p->n : 1) * sizeof *p->v);
	struct plan_node *n = &p->v[p->n++];
	memset(n, 0, sizeof *n);
	n->status = version ? PLAN_NEW : PLAN_DISTRO;
	n->name = xstrdup(name);
	n->version = version ? xstrdup(version) : NULL;
	n->range = xstrdup("*");
	n->required_by = xstrdup("");
}

/* "a b c": packages a@1, b@1, c@1 */
static void nodes(struct plan *p, const char *names)
{
	char *copy = xstrdup(names), *save = NULL;
	for (char *s = strtok_r(copy, " ", &save); s; s = strtok_r(NULL, " ", &save))
		node(p, s, "1");
	free(copy);
}

/* "a>b a>c": a@1 needs b@1, a@1 needs c@1 */
static void edges(struct plan *p, const char *arcs)
{
	char *copy = xstrdup(arcs), *save = NULL;
	for (char *s = strtok_r(copy, " ", &save); s; s = strtok_r(NULL, " ", &save)) {
		char *gt = strchr(s, '>');
		*gt = 0;
		strv_push(&p->edges, xasprintf("%s@1\t%s@1", s, gt + 1));
	}
	free(copy);
}

/* The batches joined by " | " */
static char *order(const struct plan *p)
{
	struct strv b = {0};
	plan_build_order(p, &b);
	struct buf out = {0};
	for (size_t i = 0; i < b.n; i++)
		buf_printf(&out, "%s%s", i ? " | " : "", b.v[i]);
	strv_free(&b);
	return buf_steal(&out);
}

static void expect(const char *name, const char *pkgs, const char *arcs, const char *want)
{
	struct plan p = {0};
	nodes(&p, pkgs);
	edges(&p, arcs);
	char *got = order(&p);
	if (strcmp(got, want) == 0) {
		printf("ok - order: %s\n", name);
	} else {
		printf("not ok - order: %s: got [%s] want [%s]\n", name, got, want);
		failed = 1;
	}
	free(got);
	plan_free(&p);
}

static void shapes(void)
{
	expect("a root that needs a cycle comes after it, not in it", "cyc-root cyc-a cyc-b",
	       "cyc-root>cyc-a cyc-a>cyc-b cyc-b>cyc-a", "cycle(cyc-a@1 cyc-b@1) | cyc-root@1");
	expect("two separate cycles share a batch, each its own item", "root x y p q",
	       "root>x root>p x>y y>x p>q q>p", "cycle(p@1 q@1) cycle(x@1 y@1) | root@1");
	expect("a chain a->b->c is three batches", "a b c", "a>b b>c", "c@1 | b@1 | a@1");
	expect("a diamond: the two middles build together", "a b c d", "a>b a>c b>d c>d", "d@1 | b@1 c@1 | a@1");
	expect("a cycle that needs another cycle comes after it", "a b c d", "a>b b>a b>c c>d d>c",
	       "cycle(c@1 d@1) | cycle(a@1 b@1)");
	expect("batches follow the longest path, not the shortest", "a b c", "a>b a>c b>c", "c@1 | b@1 | a@1");
	expect("a package that needs itself is a cycle of one", "a b", "a>a b>a", "cycle(a@1) | b@1");
	expect("a three-package cycle with a tail in and out", "t a b c z", "t>a a>b b>c c>a c>z",
	       "z@1 | cycle(a@1 b@1 c@1) | t@1");
	expect("packages with no edges are one batch, sorted", "c a b", "", "a@1 b@1 c@1");
	expect("a cycle item sorts among names by its first member", "m b a n", "m>n n>m", "a@1 b@1 cycle(m@1 n@1)");
	expect("repeated edges count once", "a b", "a>b a>b a>b", "b@1 | a@1");
	expect("no packages: no batches", "", "", "");
}

static void robust(void)
{
	/* the distribution's packages and arcs to unknown names are left out */
	struct plan p = {0};
	nodes(&p, "a b");
	node(&p, "dist", NULL);
	edges(&p, "a>b a>ghost ghost>a");
	strv_add(&p.edges, "no tab here");
	strv_add(&p.edges, "a@1\tdist@");
	char *got = order(&p);
	check("order: only packages to build, arcs to others ignored", strcmp(got, "b@1 | a@1") == 0);
	free(got);
	plan_free(&p);

	/* the same graph given in another order gives the same batches */
	struct plan x = {0}, y = {0};
	nodes(&x, "a b c d e");
	edges(&x, "a>b b>c c>a c>d e>d e>a");
	nodes(&y, "e d c b a");
	edges(&y, "e>a e>d c>d c>a b>c a>b");
	char *gx = order(&x), *gy = order(&y);
	check("order: independent of the order of nodes and edges", strcmp(gx, gy) == 0 &&
	      strcmp(gx, "d@1 | cycle(a@1 b@1 c@1) | e@1") == 0);
	free(gx);
	free(gy);
	plan_free(&x);
	plan_free(&y);

	/* a chain far longer than any recursion would survive */
	struct plan c = {0};
	size_t n = 200000;
	for (size_t i = 0; i < n; i++) {
		char name[32];
		snprintf(name, sizeof name, "p%07zu", i);
		node(&c, name, "1");
		if (i)
			strv_push(&c.edges, xasprintf("p%07zu@1\tp%07zu@1", i - 1, i));
	}
	strv_push(&c.edges, xasprintf("p%07zu@1\tp%07zu@1", n - 1, (size_t)0));   /* and back: one cycle */
	struct strv b = {0};
	plan_build_order(&c, &b);
	check("order: a 200000-package cycle is one item, found without recursion",
	      b.n == 1 && str_startswith(b.v[0], "cycle(p0000000@1 p0000001@1 ") && str_endswith(b.v[0], " p0199999@1)"));
	strv_free(&b);
	strv_free(&c.edges);
	for (size_t i = 1; i < n; i++)
		strv_push(&c.edges, xasprintf("p%07zu@1\tp%07zu@1", i - 1, i));
	plan_build_order(&c, &b);
	check("order: a 200000-package chain is 200000 batches, deepest first",
	      b.n == n && strcmp(b.v[0], "p0199999@1") == 0 && strcmp(b.v[n - 1], "p0000000@1") == 0);
	strv_free(&b);
	plan_free(&c);
}

int main(void)
{
	shapes();
	robust();
	return failed;
}
