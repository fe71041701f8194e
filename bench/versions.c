/* bench/versions: translations and satisfaction checks per second over a
 * whole crates.io index (the 2019 one in ../shared/corpus), for issue 3's
 * figures.  Not a test.
 *
 *   versions VERSIONS DEPS
 *     VERSIONS: "CRATE<TAB>V1 V2 ..." (tests/fixtures/cargo/corpus-versions.py)
 *     DEPS:     "CRATE<TAB>REQ" per dependency of every version
 *
 * Times: every version translated for RPM and Debian; every requirement
 * rendered as an RPM and a Debian dependency; every requirement checked
 * against every version of the crate it names. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/cargover.h"
#include "core/eco.h"
#include "core/util.h"

struct crate {
	char *name;
	struct npmver *v;
	size_t n;
};

static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static int by_name(const void *a, const void *b)
{
	return strcmp(((const struct crate *)a)->name, ((const struct crate *)b)->name);
}

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: versions VERSIONS DEPS\n");
		return 2;
	}
	FILE *fv = fopen(argv[1], "r"), *fd = fopen(argv[2], "r");
	if (!fv || !fd) {
		perror("open");
		return 1;
	}
	const struct eco *e = eco_find("crate");
	struct crate *crates = NULL;
	size_t nc = 0, nv = 0;
	struct strv raw = {0};
	char *line = NULL;
	size_t cap = 0;
	while (getline(&line, &cap, fv) > 0) {
		line[strcspn(line, "\n")] = 0;
		char *tab = strchr(line, '\t');
		if (!tab)
			continue;
		*tab = 0;
		crates = xrealloc(crates, (nc + 1) * sizeof *crates);
		struct crate *c = &crates[nc++];
		c->name = xstrdup(line);
		c->v = NULL;
		c->n = 0;
		char *save = NULL;
		for (char *s = strtok_r(tab + 1, " ", &save); s; s = strtok_r(NULL, " ", &save)) {
			const char *why;
			c->v = xrealloc(c->v, (c->n + 1) * sizeof *c->v);
			if (cargover_parse(s, &c->v[c->n], &why) == 0)
				c->n++;
			strv_add(&raw, s);
		}
		nv += c->n;
	}
	qsort(crates, nc, sizeof *crates, by_name);
	struct strv dn = {0}, dr = {0};
	while (getline(&line, &cap, fd) > 0) {
		line[strcspn(line, "\n")] = 0;
		char *tab = strchr(line, '\t');
		if (!tab)
			continue;
		*tab = 0;
		strv_add(&dn, line);
		strv_add(&dr, tab + 1);
	}
	free(line);
	fclose(fv);
	fclose(fd);

	const char *why;
	double t0 = now();
	for (size_t i = 0; i < raw.n; i++) {
		free(e->translate(raw.v[i], family_fedora.spell, &why));
		free(e->translate(raw.v[i], family_debian.spell, &why));
	}
	double t1 = now();
	printf("translate: %zu versions x 2 targets in %.3f s: %.0f translations/s\n", raw.n, t1 - t0,
	       2.0 * (double)raw.n / (t1 - t0));

	t0 = now();
	for (size_t i = 0; i < dr.n; i++)
		for (int t = 0; t < 2; t++) {
			char *note = NULL;
			free(eco_render_dep(e, dn.v[i], dr.v[i], family_at((size_t)t), &note, &why));
			free(note);
		}
	t1 = now();
	printf("render: %zu requirements x 2 targets in %.3f s: %.0f dependencies/s\n", dr.n, t1 - t0,
	       2.0 * (double)dr.n / (t1 - t0));

	long checks = 0, yes = 0;
	t0 = now();
	for (size_t i = 0; i < dr.n; i++) {
		struct crate key = {dn.v[i], NULL, 0};
		struct crate *c = bsearch(&key, crates, nc, sizeof *crates, by_name);
		struct cargoreq r;
		if (!c || cargoreq_parse(dr.v[i], &r, &why) != 0)
			continue;
		for (size_t k = 0; k < c->n; k++) {
			yes += cargoreq_test(&r, &c->v[k]);
			checks++;
		}
		cargoreq_free(&r);
	}
	t1 = now();
	printf("satisfies: %ld checks (every requirement x every version of its crate, %ld yes) in %.3f s: "
	       "%.0f checks/s (requirements parsed once each)\n", checks, yes, t1 - t0, (double)checks / (t1 - t0));
	printf("index: %zu crates, %zu versions, %zu dependency requirements\n", nc, nv, dr.n);
	for (size_t i = 0; i < nc; i++) {
		for (size_t k = 0; k < crates[i].n; k++)
			npmver_free(&crates[i].v[k]);
		free(crates[i].v);
		free(crates[i].name);
	}
	free(crates);
	strv_free(&raw);
	strv_free(&dn);
	strv_free(&dr);
	return 0;
}
