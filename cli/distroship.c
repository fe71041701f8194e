/* What the distribution ships of one upstream package (distroship.h). */
#include "distroship.h"

#include <stdlib.h>
#include <string.h>

#include "../solver/distpool.h"
#include "../solver/names.h"

static int cmp_ship(const void *a, const void *b)
{
	const struct distro_ship *x = a, *y = b;
	int c = strcmp(x->package, y->package);
	return c ? c : strcmp(x->package_version, y->package_version);
}

int distro_ships(const struct strv *indexes, const char *eco, const char *name, struct distro_ship **out, size_t *n,
		 struct ferr *e)
{
	*out = NULL, *n = 0;
	for (size_t i = 0; i < indexes->n; i++) {
		struct distro_load l;
		Pool *pool = distpool_for_index(indexes->v[i], &l, e);
		if (!pool) {
			distro_ships_free(*out, *n);
			*out = NULL, *n = 0;
			return -1;
		}
		struct upname *names;
		size_t k;
		names_recover(pool, l.repo, l.kind, &names, &k);
		for (size_t j = 0; j < k; j++) {
			if (strcmp(names[j].eco, eco) != 0 || !names_same(eco, name, names[j].name))
				continue;
			Solvable *s = pool_id2solvable(pool, names[j].solvable);
			*out = xrealloc(*out, (*n + 1) * sizeof **out);
			(*out)[(*n)++] = (struct distro_ship){xstrdup(pool_id2str(pool, s->name)),
							      xstrdup(pool_id2str(pool, s->evr)), xstrdup(names[j].version)};
		}
		names_free(names, k);
		distro_load_free(&l);
		pool_free(pool);
	}
	if (*n)
		qsort(*out, *n, sizeof **out, cmp_ship);
	/* the same package in two indexes is said once */
	size_t w = 0;
	for (size_t i = 0; i < *n; i++) {
		if (w && cmp_ship(&(*out)[w - 1], &(*out)[i]) == 0) {
			free((*out)[i].package), free((*out)[i].package_version), free((*out)[i].version);
			continue;
		}
		(*out)[w++] = (*out)[i];
	}
	*n = w;
	return 0;
}

void distro_ships_free(struct distro_ship *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i].package), free(v[i].package_version), free(v[i].version);
	free(v);
}
