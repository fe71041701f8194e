/* embedset.h: the compat packages of a plan, fetched once, handed to the
 * writers of the packages that need them as components (write_opts in
 * convert/writer.h): Debian's JavaScript team embeds an older major in its
 * dependents instead of packaging it beside the newer one
 * (docs/compat.md).
 *
 * Ownership: a struct embedset owns its packages and artifacts
 * (embedset_free); the components embedset_below hands out borrow from
 * it and are the caller's array to free. */
#ifndef FERRY_EMBEDSET_H
#define FERRY_EMBEDSET_H

#include <stddef.h>

#include "../convert/writer.h"
#include "../fetch/registry.h"
#include "../solver/plan.h"

struct embedset {
	struct embedded_one {
		char *nv;               /* "NAME@VERSION", as the plan's edges */
		struct pkg p;
		char *artifact;
		size_t artifact_len;
	} *v;
	size_t n;
};

/* Every compat node of pl (a version chosen) from the registry, once.
 * exact: the ecosystem's spelling of an exact version (vetrun_exact).
 * 0, or -1 with e. */
int embedset_fetch(struct embedset *s, const struct plan *pl, const struct registry *reg,
		   char *(*exact)(const char *eco, const char *version), const char *eco, struct ferr *e);
/* The compat packages nv needs, directly or through one another, in the
 * order met: *out (caller frees the array), *n.  A name met at two
 * versions cannot sit in one node_modules: -1 with e (FERR_FOUND). */
int embedset_below(const struct embedset *s, const struct plan *pl, const char *nv, struct write_component **out,
		   size_t *n, struct ferr *e);
/* What the distribution's package an update moves on from provides
 * besides its own name (n->bundle_provides: "NAME\tVERSION", the
 * modules it carries at the root), each name recovered through the pair's
 * rule (fe->upstream) and fetched at that version into s, and appended to
 * *out as root components (*out: the caller's array, grown); the
 * provides the registry does not have at that version go to lost.  0, or
 * -1 with e. */
int embedset_kept(struct embedset *s, const struct plan_node *n, const struct family_eco *fe,
		  const struct registry *reg, char *(*exact)(const char *eco, const char *version), const char *eco,
		  struct write_component **out, size_t *nout, struct strv *lost, struct ferr *e);
void embedset_free(struct embedset *s);

#endif
