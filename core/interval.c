#include "interval.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

void ivlist_push(struct ivlist *l, struct interval iv)
{
	if ((l->n & (l->n - 1)) == 0)   /* at 0, 1, 2, 4, ...: room to the next power of two */
		l->v = xrealloc(l->v, (l->n ? 2 * l->n : 1) * sizeof iv);
	l->v[l->n++] = iv;
}

void ivlist_free(struct ivlist *l)
{
	for (size_t i = 0; i < l->n; i++) {
		free(l->v[i].lo.ver);
		free(l->v[i].hi.ver);
	}
	free(l->v);
	l->v = NULL;
	l->n = 0;
	l->any = 0;
}

static void rpm_one(struct buf *b, const char *cap, const struct interval *iv)
{
	const char *lo = iv->lo.op == BOUND_INCL ? ">=" : ">";
	const char *hi = iv->hi.op == BOUND_INCL ? "<=" : "<";
	if (iv->exact)
		buf_printf(b, "%s = %s", cap, iv->lo.ver);
	else if (iv->lo.op != BOUND_NONE && iv->hi.op != BOUND_NONE)
		buf_printf(b, "(%s %s %s with %s %s %s)", cap, lo, iv->lo.ver, cap, hi, iv->hi.ver);
	else if (iv->lo.op != BOUND_NONE)
		buf_printf(b, "%s %s %s", cap, lo, iv->lo.ver);
	else
		buf_printf(b, "%s %s %s", cap, hi, iv->hi.ver);
}

char *interval_rpm(const char *cap, const struct ivlist *l)
{
	if (l->any)
		return xstrdup(cap);
	if (l->n == 0)
		return NULL;
	struct buf b = {0};
	if (l->n == 1) {
		rpm_one(&b, cap, &l->v[0]);
		return buf_steal(&b);
	}
	buf_addc(&b, '(');
	for (size_t i = 0; i < l->n; i++) {
		if (i)
			buf_adds(&b, " or ");
		rpm_one(&b, cap, &l->v[i]);
	}
	buf_addc(&b, ')');
	return buf_steal(&b);
}

static const char *deb_op(enum bound_op op, int low)
{
	if (low)
		return op == BOUND_INCL ? ">=" : ">>";
	return op == BOUND_INCL ? "<=" : "<<";
}

static int deb_single(const struct interval *iv)
{
	return iv->lo.op == BOUND_NONE || iv->hi.op == BOUND_NONE;
}

static void deb_rel(struct buf *b, const char *pkg, const struct bound *bd, int low)
{
	buf_printf(b, "%s (%s %s)", pkg, deb_op(bd->op, low), bd->ver);
}

static void deb_and(struct buf *b, const char *pkg, const struct interval *iv)
{
	int any = 0;
	if (iv->lo.op != BOUND_NONE) {
		deb_rel(b, pkg, &iv->lo, 1);
		any = 1;
	}
	if (iv->hi.op != BOUND_NONE) {
		if (any)
			buf_adds(b, ", ");
		deb_rel(b, pkg, &iv->hi, 0);
	}
}

char *interval_deb(const char *pkg, const struct ivlist *l, char **note)
{
	*note = NULL;
	if (l->any)
		return xstrdup(pkg);
	if (l->n == 0)
		return NULL;
	struct buf b = {0};
	if (l->n == 1) {
		deb_and(&b, pkg, &l->v[0]);
		return buf_steal(&b);
	}
	if (l->sorted) {
		/* (>= first low), (<< last high), and each gap as an OR */
		const struct interval *first = &l->v[0], *last = &l->v[l->n - 1];
		int any = 0;
		if (first->lo.op != BOUND_NONE) {
			deb_rel(&b, pkg, &first->lo, 1);
			any = 1;
		}
		for (size_t i = 0; i + 1 < l->n; i++) {
			buf_adds(&b, any ? ", " : "");
			deb_rel(&b, pkg, &l->v[i].hi, 0);
			buf_adds(&b, " | ");
			deb_rel(&b, pkg, &l->v[i + 1].lo, 1);
			any = 1;
		}
		if (last->hi.op != BOUND_NONE) {
			buf_adds(&b, ", ");
			deb_rel(&b, pkg, &last->hi, 0);
		}
		return buf_steal(&b);
	}
	int all_single = 1;
	for (size_t i = 0; i < l->n; i++)
		if (!deb_single(&l->v[i]))
			all_single = 0;
	if (all_single) {
		for (size_t i = 0; i < l->n; i++) {
			if (i)
				buf_adds(&b, " | ");
			const struct interval *iv = &l->v[i];
			deb_rel(&b, pkg, iv->lo.op != BOUND_NONE ? &iv->lo : &iv->hi,
				iv->lo.op != BOUND_NONE);
		}
		return buf_steal(&b);
	}
	/* The highest alternative: the one whose upper bound is unbounded, or
	 * else the last one written (ranges list alternatives in order). */
	const struct interval *keep = &l->v[l->n - 1];
	for (size_t i = 0; i < l->n; i++)
		if (l->v[i].hi.op == BOUND_NONE)
			keep = &l->v[i];
	deb_and(&b, pkg, keep);
	*note = xstrdup("Debian relations cannot state an OR of ranges; only the highest alternative is kept");
	return buf_steal(&b);
}
