/* fedora_pypi.c: the Fedora writer for PyPI projects, with Fedora's
 * pyproject macros: python-NAME building python3-NAME, extras as
 * %pyproject_extras_subpkg, Requires-Dist as python3dist() with markers
 * evaluated for Fedora's Python. */
#include <stdlib.h>
#include <string.h>

#include "pydist.h"
#include "template.h"
#include "writer.h"
#include "../core/date.h"
#include "../core/eco.h"
#include "../core/escape.h"
#include "../core/pep440.h"
#include "../core/pep508.h"
#include "../core/util.h"

/* Requires: python3dist() of the requirements that hold on Fedora's
 * Python; the others said in dep_notes */
static int requires(const struct pkg *p, const struct eco *eco, struct tvars *v, struct ferr *e)
{
	struct strv req = {0};
	const char *why;
	int rc = -1;
	for (size_t i = 0; i < p->ndeps; i++) {
		const struct dep *d = &p->deps[i];
		struct strv ex = {0};
		int a = pydist_applies(p, d, &family_fedora, &ex, e);
		if (a < 0) {
			strv_free(&ex);
			goto out;
		}
		char *line = esc_rpm_line(d->line ? d->line : d->name);
		if (a == 0 && ex.n)
			tvars_setf(tvars_add_item(v, "dep_notes"), "text", "only with extra %s: %s", ex.v[0], line);
		else if (a == 0)
			tvars_setf(tvars_add_item(v, "dep_notes"), "text", "not needed with Fedora's Python: %s", line);
		free(line);
		strv_free(&ex);
		if (a != 1)
			continue;
		char *cap = pydist_cap(d), *note = NULL;
		char *dep = eco_render_dep(eco, cap, d->range, &family_fedora, &note, &why);
		free(cap);
		free(note);
		if (!dep) {
			ferr_set(e, FERR_INPUT, "%s@%s: dependency %s '%.200s': %s", p->name, p->version, d->name, d->range, why);
			goto out;
		}
		strv_push(&req, dep);
	}
	strv_sort(&req);
	strv_uniq(&req);
	tvars_list(v, "requires");
	for (size_t i = 0; i < req.n; i++)
		tvars_set(tvars_add_item(v, "requires"), "dep", req.v[i]);

	rc = 0;
out:
	strv_free(&req);
	return rc;
}

int fedora_pypi_write(const struct pkg *p, const struct write_opts *o, struct outtree *t, struct ferr *e)
{
	struct tvars *v = tvars_new();
	int rc = -1;
	char *s;
	const char *why;
	const struct eco *eco = eco_find(p->eco);
	char *dist = pep503_name(p->name);

	char *name = writer_compat(p, o, &family_fedora, dist, v, e);
	if (!name)
		goto out;
	t->top = xasprintf("python-%s", name);
	tvars_set(v, "name", name);
	free(name);
	tvars_set(v, "dist", dist);
	tvars_set(v, "pypi_name", p->name);   /* checked: [A-Za-z0-9._-] */
	if (writer_rpm_version(p, v, "dist_version", e) != 0)   /* dist_version: what the provides carry */
		goto out;
	struct pepver pv;
	if (pepver_parse(p->version, &pv, &why) != 0 || !(s = pepver_pkgver(&pv, family_fedora.spell))) {
		pepver_free(&pv);
		ferr_set(e, FERR_INPUT, "%s@%s: version: no RPM spelling", p->name, p->version);
		goto out;
	}
	pepver_free(&pv);
	tvars_set(v, "rpm_version", s);
	free(s);
	char *fallback = xasprintf("The %s Python package", p->name);
	writer_rpm_vars(p, o, v, fallback);
	free(fallback);
	tvars_set(v, "native", p->native.n ? "1" : "");
	tvars_list(v, "dep_notes");

	if (requires(p, eco, v, e) != 0)
		goto out;
	struct buf ex = {0}, exc = {0};
	for (size_t i = 0; i < p->nfeatures; i++) {
		char *n = pep503_name(p->features[i].name);   /* checked: PEP 508 names */
		buf_printf(&ex, "%s%s", i ? " " : "", n);
		buf_printf(&exc, "%s%s", i ? "," : "", n);
		free(n);
	}
	tvars_set(v, "extras", ex.p ? ex.p : "");
	tvars_set(v, "extras_comma", exc.p ? exc.p : "");
	buf_free(&ex);
	buf_free(&exc);
	struct buf sf = {0};
	for (size_t i = 0; i < p->modules.n; i++)
		buf_printf(&sf, "%s%s", i ? " " : "", p->modules.v[i]);   /* plain names (pypi.c) */
	tvars_set(v, "save_files", sf.p ? sf.p : "'*'");
	buf_free(&sf);

	char *spec;
	if (template_render("rpm/pypi.spec.in", v, &spec, e) != 0)
		goto out;
	writer_rpm_out(p, o, t, spec);
	rc = 0;
out:
	free(dist);
	tvars_free(v);
	return rc;
}
