/* Pools from --distro-index options (distpool.h). */
#include "distpool.h"

#include <string.h>

#include <solv/repo.h>

/* libsolv's disttypes by name, the index kind each reads (distro.h:
 * DISTRO_RPM is rpm-md primary.xml and rpmdb:ROOT, DISTRO_DEB Packages),
 * and how ferry index calls such an index.  A path starting with a row's
 * prefix is that row's index ("rpmdb:ROOT", said as prefix_what); any
 * other is first tried as the first row's (the host's default indexes
 * are apt's Packages files: distro_default_indexes). */
static const struct {
	const char *name;
	int disttype;
	enum distro_kind kind;
	const char *what;
	const char *prefix, *prefix_what;
} disttypes[] = {
	{"deb", DISTTYPE_DEB, DISTRO_DEB, "a Debian index", NULL, NULL},
	{"rpm", DISTTYPE_RPM, DISTRO_RPM, "a rpm-md index", "rpmdb:", "an rpm database"},
};

#define NDISTTYPES (sizeof disttypes / sizeof disttypes[0])

static size_t disttype_index(const char *name)
{
	size_t i = 0;
	while (i < NDISTTYPES && strcmp(disttypes[i].name, name) != 0)
		i++;
	return i;
}

/* the row reading indexes of kind, NDISTTYPES if none */
static size_t kind_index(enum distro_kind kind)
{
	size_t i = 0;
	while (i < NDISTTYPES && disttypes[i].kind != kind)
		i++;
	return i;
}

/* the row whose prefix path has, else the first */
static size_t path_index(const char *path)
{
	for (size_t i = 0; i < NDISTTYPES; i++)
		if (disttypes[i].prefix && str_startswith(path, disttypes[i].prefix))
			return i;
	return 0;
}

Pool *distpool_new(const struct family *f, struct ferr *e)
{
	size_t i = disttype_index(f->disttype);
	if (i == NDISTTYPES) {
		ferr_set(e, FERR_CONFIG, "%s: libsolv has no disttype '%s'", f->name, f->disttype);
		return NULL;
	}
	Pool *pool = pool_create();
	pool_setdisttype(pool, disttypes[i].disttype);
	pool_setarch(pool, f->arch);
	return pool;
}

int distpool_kind_of(const struct family *f, enum distro_kind kind)
{
	size_t i = disttype_index(f->disttype);
	return i < NDISTTYPES && disttypes[i].kind == kind;
}

const char *distpool_kind_what(const char *path, enum distro_kind kind)
{
	size_t i = kind_index(kind);
	if (i == NDISTTYPES)
		return "an index";
	const char *pre = disttypes[i].prefix;
	return pre && str_startswith(path, pre) ? disttypes[i].prefix_what : disttypes[i].what;
}

void distpool_paths(const struct strv *given, struct strv *out)
{
	for (size_t i = 0; i < given->n; i++)
		strv_add(out, given->v[i]);
	if (!out->n)
		distro_default_indexes(out);
}

long distpool_load(Pool *pool, const struct strv *paths, distpool_each each, void *ctx, struct ferr *e)
{
	long kept = 0;
	for (size_t i = 0; i < paths->n; i++) {
		struct distro_load l;
		if (distro_load(pool, paths->v[i], &l, e) != 0) {
			distro_load_free(&l);
			return -1;
		}
		int r = each ? each(ctx, paths->v[i], &l, e) : 0;
		distro_load_free(&l);
		if (r < 0)
			return -1;
		if (r == 1)
			repo_empty(pool->repos[pool->nrepos - 1], 0);
		else
			kept++;
	}
	return kept;
}

/* a pool of the disttype at disttypes[i], without a family's architecture */
static Pool *pool_of(size_t i)
{
	Pool *pool = pool_create();
	pool_setdisttype(pool, disttypes[i].disttype);
	return pool;
}

Pool *distpool_for_index(const char *path, struct distro_load *l, struct ferr *e)
{
	/* a guess first (by the path's prefix), then the kind the index says */
	size_t i = path_index(path);
	for (int attempt = 0; attempt < 2; attempt++) {
		Pool *pool = pool_of(i);
		if (distro_load(pool, path, l, e) != 0) {
			distro_load_free(l);
			pool_free(pool);
			return NULL;
		}
		if (l->kind == disttypes[i].kind)
			return pool;
		i = kind_index(l->kind);
		distro_load_free(l);
		pool_free(pool);
		if (i == NDISTTYPES)
			break;
	}
	ferr_set(e, FERR_INPUT, "%s: the index changed kind while it was read", path);
	return NULL;
}
