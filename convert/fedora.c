/* fedora.c: what the Fedora writers share (writer.h): a spec's common
 * variables, every registry string escaped for RPM, and the tree of the
 * spec, its `sources` file and the artifact. */
#include <stdlib.h>

#include "template.h"
#include "writer.h"
#include "../core/date.h"
#include "../core/eco.h"
#include "../core/escape.h"
#include "../core/util.h"

static void set_paths(struct tvars *v, const char *name, const struct strv *paths)
{
	tvars_list(v, name);
	for (size_t i = 0; i < paths->n; i++)   /* plain names (contents.c) */
		tvars_set(tvars_add_item(v, name), "path", paths->v[i]);
}

void writer_rpm_vars(const struct pkg *p, const struct write_opts *o, struct tvars *v, const char *fallback)
{
	char *sum = summary_of(p->description, 79, "");
	if (!*sum) {
		free(sum);
		sum = xstrdup(fallback);
	}
	writer_set_esc(v, "summary", sum, esc_rpm_line);
	char *s = esc_rpm_text(*p->description ? p->description : sum, 79);
	tvars_set(v, "description", s);
	free(s);
	free(sum);
	writer_set_esc(v, "license", *p->license ? p->license : "LicenseRef-not-specified", esc_rpm_line);
	char *url = writer_pkg_url(p);
	writer_set_esc(v, "url", url, esc_rpm_line);
	free(url);
	/* the configured registry's URL when it is one; a bare file name
	 * otherwise (file:// paths are private to this machine) */
	writer_set_esc(v, "source0", writer_is_url(p->source_url) ? p->source_url : p->source_file, esc_rpm_line);
	writer_set_esc(v, "source_file", p->source_file, esc_rpm_line);
	writer_set_esc(v, "source_root", p->source_root, esc_rpm_line);
	writer_comment_list(v, "hooks", &p->hooks, esc_rpm_line);
	writer_comment_list(v, "notes", &p->notes, esc_rpm_line);
	set_paths(v, "licenses", &p->licenses);
	set_paths(v, "docs", &p->docs);
	char date[64];
	date_rpm(o->date, date, sizeof date);
	tvars_set(v, "rpm_date", date);
	writer_set_esc(v, "packager", o->packager, esc_rpm_line);
	/* ferry update: the spec's own %changelog entries under the new one */
	writer_update_vars(o, v, esc_rpm_line, esc_rpm_item, "  ");
}

int writer_rpm_version(const struct pkg *p, struct tvars *v, const char *var, struct ferr *e)
{
	const char *why;
	writer_set_esc(v, "upstream_version", p->version, esc_rpm_line);
	char *s = eco_find(p->eco)->translate(p->version, family_fedora.spell, &why);   /* the writer table found it */
	if (!s)
		return ferr_set(e, FERR_INPUT, "%s@%s: version: %s", p->name, p->version, why);
	tvars_set(v, var, s);
	free(s);
	return 0;
}

void writer_rpm_out(const struct pkg *p, const struct write_opts *o, struct outtree *t, char *spec)
{
	char *name = xasprintf("%s/%s.spec", t->top, t->top);
	outtree_add(t, name, spec, 0644);
	free(name);
	name = xasprintf("%s/sources", t->top);
	outtree_add(t, name, xasprintf("SHA512 (%s) = %s\n", p->source_file, p->sha512), 0644);
	free(name);
	name = xasprintf("%s/%s", t->top, p->source_file);
	outtree_add_bytes(t, name, o->artifact, o->artifact_len, 0644);
	free(name);
}
