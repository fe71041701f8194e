/* order.h: the order in which a plan's packages can be built.
 *
 * The graph: every node with a version (a package to build) is a vertex,
 * NAME@VERSION; every "PARENT\tCHILD" in p->edges is an arc from the
 * dependent to its dependency.  Arcs naming no package to build are left
 * out.  Strongly connected components (Tarjan's algorithm, iterative, so a
 * long chain needs no deep recursion) are condensed into single items;
 * the batch of an item is its longest path to a leaf of the condensation,
 * plus one: dependencies first.
 *
 * Output: batches->v[k] is batch k+1, a line of items separated by one
 * space, sorted by byte order of each item's first package:
 *   NAME@VERSION                     a package alone
 *   cycle(NAME@VERSION NAME@VERSION) packages that need each other (a
 *                                    bootstrap problem), sorted; one
 *                                    package that needs itself is
 *                                    cycle(NAME@VERSION)
 * Registry names and versions hold no blank and no parenthesis, so the
 * items split on blanks outside parentheses.  Every package to build is in
 * exactly one item; the order depends on the plan only, not on the order
 * of its nodes or edges.
 *
 * Ownership: batches receives owned strings (strv_free). */
#ifndef FERRY_ORDER_H
#define FERRY_ORDER_H

#include "plan.h"

void plan_build_order(const struct plan *p, struct strv *batches);

#endif
