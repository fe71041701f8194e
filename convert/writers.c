/* writers.c: the (distribution family x ecosystem) writer table
 * (writer.h).  Its own file, so that the writers, which call writer.c's
 * helpers, are called from nowhere else: no circle between files. */
#include <string.h>

#include "writer.h"

static const struct writer writers[] = {
	{.family = "fedora", .eco = "npm", .write = fedora_npm_write},
	{.family = "fedora", .eco = "crate", .write = fedora_crate_write},
	{.family = "fedora", .eco = "pypi", .write = fedora_pypi_write},
	{.family = "debian", .eco = "npm", .write = debian_npm_write},
	{.family = "debian", .eco = "crate", .write = debian_crate_write},
	{.family = "debian", .eco = "pypi", .write = debian_pypi_write},
};

const struct writer *writer_at(size_t i)
{
	return i < sizeof writers / sizeof writers[0] ? &writers[i] : NULL;
}

const struct writer *writer_find(const struct family *f, const char *eco)
{
	const struct writer *w;
	for (size_t i = 0; (w = writer_at(i)) != NULL; i++)
		if (strcmp(w->family, f->name) == 0 && strcmp(w->eco, eco) == 0)
			return w;
	return NULL;
}

int writer_write(const struct family *f, const struct pkg *p, const struct write_opts *o, struct outtree *t,
		 struct ferr *e)
{
	const struct writer *w = writer_find(f, p->eco);
	if (!w)
		return ferr_set(e, FERR_USAGE, "%s: no %s writer for %s packages", p->name, f->name, p->eco);
	return w->write(p, o, t, e);
}
