/* fedora_crate.c: the Fedora writer for crates, in the form of Fedora's
 * Rust packaging: rust-NAME with a -devel subpackage and one
 * rust-NAME+FEATURE-devel per feature, each providing crate(NAME/FEATURE). */
#include <stdlib.h>
#include <string.h>

#include "cargofeat.h"
#include "template.h"
#include "writer.h"
#include "../core/date.h"
#include "../core/eco.h"
#include "../core/escape.h"
#include "../core/util.h"

/* crate(X/default) and crate(X/f) requirements for one dependency use */
static int render(const struct pkg *p, const struct dep *d, const char *feature, struct strv *out,
		  struct tvars *v, struct ferr *e)
{
	const struct eco *eco = eco_find(p->eco);
	char *cap = feature ? xasprintf("%s/%s", d->name, feature)
		  : d->no_default ? xstrdup(d->name) : xasprintf("%s/default", d->name);
	char *note = NULL;
	const char *why = NULL;
	char *s = eco_render_dep(eco, cap, d->range, &family_fedora, &note, &why);
	free(cap);
	free(note);
	if (!s)
		return ferr_set(e, FERR_INPUT, "%s@%s: dependency %s '%.200s': %s", p->name, p->version, d->name,
				d->range, why);
	if (d->target) {
		char *t = esc_rpm_line(d->target);
		tvars_setf(tvars_add_item(v, "dep_notes"), "text", "%s is only for target %s", d->name, t);
		free(t);
	}
	strv_push(out, s);
	return 0;
}

/* a dependency itself: its default features (or none), and those it names */
static int render_use(const struct pkg *p, const struct dep *d, struct strv *out, struct tvars *v, struct ferr *e)
{
	if (render(p, d, NULL, out, v, e) != 0)
		return -1;
	for (size_t i = 0; i < d->features.n; i++)
		if (render(p, d, d->features.v[i], out, v, e) != 0)
			return -1;
	return 0;
}

static void as_list(struct tvars *v, const char *name, struct strv *deps)
{
	strv_sort(deps);
	strv_uniq(deps);
	tvars_list(v, name);
	for (size_t i = 0; i < deps->n; i++)
		tvars_set(tvars_add_item(v, name), "dep", deps->v[i]);
}

int fedora_crate_write(const struct pkg *p, const struct write_opts *o, struct outtree *t, struct ferr *e)
{
	struct tvars *v = tvars_new();
	struct cfeat *fs = NULL;
	size_t nf = 0;
	struct strv base = {0}, check = {0};
	int rc = -1;

	char *normal = xasprintf("rust-%s", p->name);   /* crate names: [A-Za-z0-9_-] */
	t->top = writer_compat(p, o, &family_fedora, normal, v, e);
	free(normal);
	if (!t->top)
		goto out;
	tvars_set(v, "pkgname", t->top);
	tvars_set(v, "crate", p->name);
	if (writer_rpm_version(p, v, "rpm_version", e) != 0)   /* rpm_version: what the provides carry */
		goto out;
	char *fallback = xasprintf("Rust crate \"%s\"", p->name);
	writer_rpm_vars(p, o, v, fallback);
	free(fallback);
	tvars_list(v, "dep_notes");

	for (size_t i = 0; i < p->ndeps; i++) {
		const struct dep *d = &p->deps[i];
		if (cargo_dep_base(d) && render_use(p, d, &base, v, e) != 0)
			goto out;
		if (d->kind == DEP_DEV && cargo_target_linux(d->target) && render_use(p, d, &check, v, e) != 0)
			goto out;
	}
	as_list(v, "base_requires", &base);
	as_list(v, "check_requires", &check);

	cargo_features(p, &fs, &nf);
	tvars_list(v, "features");
	for (size_t i = 0; i < nf; i++) {
		struct tvars *it = tvars_add_item(v, "features");
		tvars_set(it, "feature", fs[i].name);   /* checked: [A-Za-z0-9_+.-] */
		struct strv req = {0};
		for (size_t k = 0; k < fs[i].enables.n; k++)
			strv_push(&req, xasprintf("crate(%%{crate}/%s) = %%{version}", fs[i].enables.v[k]));
		for (size_t k = 0; k < fs[i].ndirect; k++) {
			const struct dep *d = &p->deps[fs[i].direct[k].dep];
			if (!cargo_target_linux(d->target))
				continue;
			int r = fs[i].direct[k].feature ? render(p, d, fs[i].direct[k].feature, &req, v, e)
							: render_use(p, d, &req, v, e);
			if (r != 0) {
				strv_free(&req);
				goto out;
			}
		}
		as_list(it, "requires", &req);
		strv_free(&req);
	}


	char *spec;
	if (template_render("rpm/crate.spec.in", v, &spec, e) != 0)
		goto out;
	writer_rpm_out(p, o, t, spec);
	rc = 0;
out:
	cargo_features_free(fs, nf);
	strv_free(&base);
	strv_free(&check);
	tvars_free(v);
	return rc;
}
