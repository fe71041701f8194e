/* fedora.c: the Fedora writer: NAME.spec and a `sources` file, following
 * Fedora's Node.js packaging guidelines. */
#include <stdlib.h>
#include <string.h>

#include "template.h"
#include "writer.h"
#include "../core/date.h"
#include "../core/eco.h"
#include "../core/escape.h"
#include "../core/naming.h"
#include "../core/util.h"

/* Adds one list item {text} per string, escaped for a spec comment. */
/* "man/foo.1" -> section "1", file "foo.1"; 0 if it has no section. */
static int man_parts(const char *path, char **section, char **file)
{
	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	const char *dot = strrchr(base, '.');
	if (!dot || dot[1] < '1' || dot[1] > '9')
		return 0;
	*section = xstrndup(dot + 1, 1);
	*file = xstrdup(base);
	return 1;
}

static int fedora_write(const struct pkg *p, const struct write_opts *o, struct outtree *t, struct ferr *e)
{
	if (strcmp(p->eco, "crate") == 0)
		return fedora_crate_write(p, o, t, e);
	if (strcmp(p->eco, "pypi") == 0)
		return fedora_pypi_write(p, o, t, e);
	struct tvars *v = tvars_new();
	int rc = -1;
	char *s;
	const struct eco *eco = eco_find(p->eco);
	const char *why;

	t->top = naming_npm_fedora(p->name);
	tvars_set(v, "pkgname", t->top);
	tvars_set(v, "npm_name", p->name);      /* validated: npm name characters only */
	s = esc_rpm_line(p->version);
	tvars_set(v, "upstream_version", s);
	free(s);
	s = eco->translate(p->version, INTERVAL_RPM, &why);
	if (!s) {
		ferr_set(e, FERR_INPUT, "%s@%s: version: %s", p->name, p->version, why);
		goto out;
	}
	tvars_set(v, "rpm_version", s);
	free(s);
	char *sum = summary_of(p->description, 79, "");
	if (!*sum) {
		free(sum);
		sum = xasprintf("The %s module for Node.js", p->name);
	}
	s = esc_rpm_line(sum);
	tvars_set(v, "summary", s);
	free(s);
	s = esc_rpm_text(*p->description ? p->description : sum, 79);
	tvars_set(v, "description", s);
	free(s);
	free(sum);
	s = esc_rpm_line(*p->license ? p->license : "LicenseRef-not-specified");
	tvars_set(v, "license", s);
	free(s);
	char *url = writer_pkg_url(p);
	s = esc_rpm_line(url ? url : "");
	tvars_set(v, "url", s);
	free(s);
	free(url);
	/* the configured registry's URL when it is one; a bare file name
	 * otherwise (file:// paths are private to this machine) */
	s = esc_rpm_line(writer_is_url(p->source_url) ? p->source_url : p->source_file);
	tvars_set(v, "source0", s);
	free(s);
	s = esc_rpm_line(p->source_file);
	tvars_set(v, "source_file", s);
	free(s);
	s = esc_rpm_line(p->source_root);
	tvars_set(v, "source_root", s);
	free(s);
	tvars_set(v, "native", p->native.n ? "1" : "");
	tvars_list(v, "prebuilt");
	for (size_t i = 0; i < p->prebuilt.n; i++)
		tvars_set(tvars_add_item(v, "prebuilt"), "path", p->prebuilt.v[i]);   /* plain paths (npm.c) */
	writer_comment_list(v, "hooks", &p->hooks, esc_rpm_line);
	writer_comment_list(v, "notes", &p->notes, esc_rpm_line);
	if (writer_add_deps(p, 1, v, e) != 0)
		goto out;
	tvars_list(v, "bins");
	for (size_t i = 0; i < p->bins.n; i++) {
		struct tvars *it = tvars_add_item(v, "bins");
		const char *tab = strchr(p->bins.v[i], '\t');
		char *bin = xstrndup(p->bins.v[i], (size_t)(tab - p->bins.v[i]));
		tvars_set(it, "bin", bin);       /* plain names and paths only (npm.c) */
		tvars_set(it, "path", tab + 1);
		free(bin);
	}
	tvars_list(v, "mans");
	for (size_t i = 0; i < p->mans.n; i++) {
		char *sec, *file;
		if (!man_parts(p->mans.v[i], &sec, &file))
			continue;
		struct tvars *it = tvars_add_item(v, "mans");
		tvars_set(it, "path", p->mans.v[i]);
		tvars_set(it, "section", sec);
		tvars_set(it, "file", file);
		free(sec);
		free(file);
	}
	tvars_list(v, "licenses");
	for (size_t i = 0; i < p->licenses.n; i++)
		tvars_set(tvars_add_item(v, "licenses"), "path", p->licenses.v[i]);
	tvars_list(v, "docs");
	for (size_t i = 0; i < p->docs.n; i++)
		tvars_set(tvars_add_item(v, "docs"), "path", p->docs.v[i]);
	char date[64];
	date_rpm(o->date, date, sizeof date);
	tvars_set(v, "rpm_date", date);
	s = esc_rpm_line(o->packager);
	tvars_set(v, "packager", s);
	free(s);

	char *spec;
	if (template_render("rpm/npm.spec.in", v, &spec, e) != 0)
		goto out;
	char *name = xasprintf("%s/%s.spec", t->top, t->top);
	outtree_add(t, name, spec, 0644);
	free(name);
	name = xasprintf("%s/sources", t->top);
	outtree_add(t, name, xasprintf("SHA512 (%s) = %s\n", p->source_file, p->sha512), 0644);
	free(name);
	name = xasprintf("%s/%s", t->top, p->source_file);
	outtree_add_bytes(t, name, o->artifact, o->artifact_len, 0644);
	free(name);
	rc = 0;
out:
	tvars_free(v);
	return rc;
}

const struct writer fedora_writer = {"fedora", fedora_write};
