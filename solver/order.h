/* order.h: the order in which a plan's packages can be built. */
#ifndef FERRY_ORDER_H
#define FERRY_ORDER_H

#include "plan.h"

/* Build batches, dependencies first: packages in one batch can build in
 * parallel.  A cycle among them (a bootstrap problem) is one batch, its
 * line starting "cycle:".  Each batch is a line of NAME@VERSION, sorted. */
void plan_build_order(const struct plan *p, struct strv *batches);

#endif
