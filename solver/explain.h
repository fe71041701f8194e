/* explain.h: libsolv's problems in a packager's words.
 *
 * Each problem becomes one text: a first line saying what cannot be done,
 * then one indented line per rule involved (which requirement, which
 * candidates, why each fails), in libsolv's order. */
#ifndef FERRY_EXPLAIN_H
#define FERRY_EXPLAIN_H

#include <solv/solver.h>

#include "../core/util.h"

struct explain_names {
	/* a solvable as a packager knows it: "foo@1.2.3", "node-foo 1.2-1
	 * (distribution)"; caller frees */
	char *(*solvable)(void *ctx, Id s);
	/* requirement dep of solvable s as written upstream ("bar ^2.0"), or
	 * NULL for libsolv's spelling; caller frees */
	char *(*dep)(void *ctx, Id s, Id dep);
	void *ctx;
};

/* One string per problem of the last solver_solve, appended to out. */
void explain_problems(Solver *solv, const struct explain_names *n, struct strv *out);

#endif
