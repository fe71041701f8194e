#include "pydist.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/pep508.h"
#include "../core/util.h"

#define DEFAULT_DATA "/usr/share/dh-python/dist/cpython3_fallback"

/* "dist package[; ...]" lines, keyed by the PEP 503 name of dist */
static struct strv keys, pkgs, dists;
static size_t *bypkg;   /* indexes into pkgs, sorted by package, then line */
static int loaded;
static int read_errno;   /* the data file could not be read whole: errno */
static char *read_path;

static int cmp_pkg(const void *a, const void *b)
{
	size_t i = *(const size_t *)a, j = *(const size_t *)b;
	int c = strcmp(pkgs.v[i], pkgs.v[j]);
	return c ? c : (i > j) - (i < j);
}

static void load(void)
{
	loaded = 1;
	const char *path = getenv("FERRY_DH_PYTHON_DIST");
	path = path && *path ? path : DEFAULT_DATA;
	FILE *f = fopen(path, "r");
	if (!f)
		return;
	char *line = NULL;
	size_t cap = 0;
	while (getline(&line, &cap, f) > 0 && keys.n < 100000) {
		char dist[256], pkg[256];
		if (line[0] == '#' || sscanf(line, "%255s %255[^; \t\n]", dist, pkg) != 2)
			continue;
		strv_push(&keys, pep503_name(dist));
		strv_add(&pkgs, pkg);
		strv_add(&dists, dist);
	}
	free(line);
	if (ferror(f)) {   /* half the data would name packages otherwise: none of it */
		read_errno = errno ? errno : EIO;
		read_path = xstrdup(path);
		strv_free(&keys), strv_free(&pkgs), strv_free(&dists);
	}
	fclose(f);
	bypkg = xcalloc(pkgs.n ? pkgs.n : 1, sizeof *bypkg);
	for (size_t i = 0; i < pkgs.n; i++)
		bypkg[i] = i;
	qsort(bypkg, pkgs.n, sizeof *bypkg, cmp_pkg);
}

int pydist_ready(const char *who, struct ferr *e)
{
	if (!loaded)
		load();
	if (read_errno)
		return ferr_set(e, FERR_IO, "%s: dh-python's mapping data: %s: %s", who, read_path,
				strerror(read_errno));
	return 0;
}

/* the package dh-python's data gives a distribution named like name */
static const char *table_pkg(const struct nametable *t, const char *name)
{
	(void)t;
	if (!loaded)
		load();
	char *key = pep503_name(name);
	const char *pkg = NULL;
	for (size_t i = 0; i < keys.n && !pkg; i++)
		if (strcmp(keys.v[i], key) == 0)
			pkg = pkgs.v[i];
	free(key);
	return pkg;
}

/* the PyPI name the data gives Debian package pkg, or NULL (borrowed) */
static const char *table_name(const struct nametable *t, const char *pkg)
{
	(void)t;
	if (!loaded)
		load();
	/* the first line naming pkg: a lower bound in bypkg (names recovery
	 * asks this for every python3-* package of an index) */
	size_t lo = 0, hi = pkgs.n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(pkgs.v[bypkg[mid]], pkg) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < pkgs.n && strcmp(pkgs.v[bypkg[lo]], pkg) == 0 ? dists.v[bypkg[lo]] : NULL;
}

static const struct nametable table = {
	.id = "dh-python",
	.label = "dh-python's mapping data",
	.pkg = table_pkg,
	.name = table_name,
};

const struct nametable *pydist_table(const char *id)
{
	return strcmp(id, table.id) == 0 ? &table : NULL;
}

char *pydist_deb(const char *name, const char **rule)
{
	const char *pkg = table_pkg(&table, name);
	if (pkg) {
		*rule = table.label;
		return xstrdup(pkg);
	}
	*rule = "python3-<PEP 503 name>";
	char *key = pep503_name(name);
	char *s = xasprintf("python3-%s", key);
	free(key);
	return s;
}

int pydist_applies(const struct pkg *p, const struct dep *d, const struct family *f, struct strv *extras,
		   struct ferr *e)
{
	struct pepreq r;
	const char *why;
	if (!d->line)
		return 1;
	if (pepreq_parse(d->line, &r, &why) != 0)
		return ferr_set(e, FERR_INPUT, "%s@%s: requirement '%.200s': %s", p->name, p->version, d->line, why);
	int v = pepreq_extras(&r, f->pyenv, extras, &why);
	pepreq_free(&r);
	if (v < 0)
		return ferr_set(e, FERR_INPUT, "%s@%s: requirement '%.200s': marker: %s", p->name, p->version, d->line, why);
	return v;
}

char *pydist_cap(const struct dep *d)
{
	struct pepreq r;
	const char *why;
	if (!d->line || pepreq_parse(d->line, &r, &why) != 0)
		return xstrdup(d->name);
	struct buf b = {0};
	buf_adds(&b, r.name);
	if (r.extras.n) {
		buf_addc(&b, '[');
		for (size_t i = 0; i < r.extras.n; i++)
			buf_printf(&b, "%s%s", i ? "," : "", r.extras.v[i]);
		buf_addc(&b, ']');
	}
	pepreq_free(&r);
	return buf_steal(&b);
}
