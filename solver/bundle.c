/* bundle.c: a distribution package that ships others inside it (bundle.h). */
#include <solv/repo.h>
#include <stdlib.h>

#include "bundle.h"
#include "../core/util.h"

void plan_bundle(Pool *pool, const struct family *t, Id s, Id name, struct plan_node *nd)
{
	if (!s || t->provides_own_version)
		return;
	Solvable *sv = pool->solvables + s;
	if (name && sv->name != name) {
		nd->bundle = xstrdup(pool_id2str(pool, sv->name));
		nd->bundle_version = xstrdup(pool_id2str(pool, sv->evr));
	}
	if (!sv->provides)
		return;
	for (Id *pp = sv->repo->idarraydata + sv->provides; *pp; pp++) {
		if (!ISRELDEP(*pp))
			continue;
		Reldep *rd = GETRELDEP(pool, *pp);
		if (rd->flags != REL_EQ || rd->name == sv->name || rd->name == name)
			continue;
		char *p = xasprintf("%s\t%s", pool_id2str(pool, rd->name), pool_id2str(pool, rd->evr));
		if (!strv_has(&nd->bundle_provides, p))
			strv_add(&nd->bundle_provides, p);
		free(p);
	}
	strv_sort(&nd->bundle_provides);
}
