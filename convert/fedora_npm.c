/* fedora_npm.c: the Fedora writer for npm: NAME.spec and a `sources`
 * file, following Fedora's Node.js packaging guidelines. */
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

int fedora_npm_write(const struct pkg *p, const struct write_opts *o, struct outtree *t, struct ferr *e)
{
	struct tvars *v = tvars_new();
	int rc = -1;

	char *normal = naming_npm_fedora(p->name);
	t->top = writer_compat(p, o, &family_fedora, normal, v, e);
	free(normal);
	if (!t->top)
		goto out;
	tvars_set(v, "pkgname", t->top);
	tvars_set(v, "npm_name", p->name);      /* validated: npm name characters only */
	if (writer_rpm_version(p, v, "rpm_version", e) != 0)
		goto out;
	char *fallback = xasprintf("The %s module for Node.js", p->name);
	writer_rpm_vars(p, o, v, fallback);
	free(fallback);
	tvars_set(v, "native", p->native.n ? "1" : "");
	tvars_list(v, "prebuilt");
	for (size_t i = 0; i < p->prebuilt.n; i++)
		tvars_set(tvars_add_item(v, "prebuilt"), "path", p->prebuilt.v[i]);   /* plain paths (npm.c) */
	if (writer_add_deps(p, &family_fedora, NULL, v, e) != 0)
		goto out;
	writer_npm_bins(p, v);
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

	char *spec;
	if (template_render("rpm/npm.spec.in", v, &spec, e) != 0)
		goto out;
	writer_rpm_out(p, o, t, spec);
	rc = 0;
out:
	tvars_free(v);
	return rc;
}
