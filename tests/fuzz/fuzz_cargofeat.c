/* Cargo's cfg() target expressions and feature resolution
 * (convert/cargofeat.h).  Input: the first line is a target for
 * cargo_target_linux; every further line is a dependency
 * "dep NAME [optional] [no-default] [TARGET]" or a feature
 * "NAME ITEM ITEM..." (items as in [features]: "std", "dep:x", "x/f",
 * "x?/f"), names checked as the crates reader checks them. */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "../../convert/cargofeat.h"
#include "../../core/naming.h"
#include "../../core/util.h"

static void add_dep(struct pkg *p, char *rest)
{
	char *save = NULL;
	char *name = strtok_r(rest, " ", &save);
	if (!name || naming_crate_invalid(name))
		return;
	struct dep *d = pkg_add_dep(p, name, "*", DEP_RUNTIME);
	for (char *w; (w = strtok_r(NULL, " ", &save));) {
		if (strcmp(w, "optional") == 0)
			d->optional = 1;
		else if (strcmp(w, "no-default") == 0)
			d->no_default = 1;
		else if (!d->target)
			d->target = xstrdup(w);
		else
			strv_add(&d->features, w);
	}
	strv_sort(&d->features);
	strv_uniq(&d->features);
}

static void add_feature(struct pkg *p, char *line)
{
	char *save = NULL;
	char *name = strtok_r(line, " ", &save);
	if (!name || naming_crate_feature_invalid(name))
		return;
	struct feature *f = (struct feature *)pkg_feature(p, name);
	if (!f)
		f = pkg_add_feature(p, name);
	for (char *w; (w = strtok_r(NULL, " ", &save));)
		strv_add(&f->items, w);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *target, *rest;
	fuzz_split(data, size, '\n', &target, &rest);
	cargo_target_linux(target);
	struct pkg p = {0};
	p.eco = "crate";
	for (char *line = rest, *next; line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = 0;
		if (strncmp(line, "dep ", 4) == 0)
			add_dep(&p, line + 4);
		else
			add_feature(&p, line);
	}
	pkg_sort(&p);
	for (size_t i = 0; i < p.ndeps; i++) {
		cargo_target_linux(p.deps[i].target);
		cargo_dep_base(&p.deps[i]);
	}
	struct cfeat *f = NULL;
	size_t n = 0;
	cargo_features(&p, &f, &n);
	for (size_t i = 0; i < n; i++)
		for (size_t k = 0; k < f[i].nclosure; k++)
			if (f[i].closure[k].dep >= p.ndeps)
				fuzz_fail("a feature pulls in a dependency that does not exist", f[i].name);
	cargo_features_free(f, n);
	pkg_free(&p);
	free(target), free(rest);
	return 0;
}
