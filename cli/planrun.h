/* planrun.h: a plan from the command line's pieces, shared by ferry plan
 * and ferry import --recursive. */
#ifndef FERRY_PLANRUN_H
#define FERRY_PLANRUN_H

#include "../fetch/registry.h"
#include "../core/util.h"
#include "../solver/plan.h"

/* indexes: --distro-index paths (none: the host's apt lists); fam: the
 * family planned for; skip_other: leave out indexes of another family
 * instead of refusing them (import --recursive for several targets).  0,
 * or -1 with e. */
int planrun(const struct registry *reg, const struct plan_opts *o, const struct family *fam,
	    const struct strv *indexes, int skip_other, struct plan *pl, struct ferr *e);
/* "a,b" (--features) added to the list, which stays sorted. */
void planrun_features_add(struct strv *out, const char *list);
/* The plan as JSON text (caller frees): {"root", "target", "nodes": [...],
 * "problems": [...]}. */
char *planrun_json(const struct plan *pl, const char *root, const char *target);

#endif
