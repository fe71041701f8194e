/* debian.c: the Debian writer: a debian/ tree in pkg-js-tools' form
 * (control, rules, changelog, copyright, source/format, watch, tests). */
#include <stdlib.h>
#include <string.h>

#include "license.h"
#include "../fetch/repack.h"
#include "template.h"
#include "writer.h"
#include "../core/date.h"
#include "../core/eco.h"
#include "../core/escape.h"
#include "../core/naming.h"
#include "../core/util.h"

/* One stand-alone License paragraph per license named. */
static void license_paras(const struct pkg *p, const struct strv *ids, struct tvars *v)
{
	tvars_list(v, "license_paras");
	for (size_t i = 0; i < ids->n; i++) {
		struct tvars *it = tvars_add_item(v, "license_paras");
		tvars_set(it, "id", ids->v[i]);
		const char *common = license_common(ids->v[i]);
		char *text;
		if (ids->n == 1 && *p->license_text)
			text = esc_deb_text(p->license_text, 79);
		else if (common)
			text = xasprintf(" On Debian systems, the complete text of this license can be found in\n"
					 " \"/usr/share/common-licenses/%s\".\n", common);
		else if (p->licenses.n)
			text = xasprintf(" The full text is in the upstream file %s.\n", p->licenses.v[0]);
		else
			text = xstrdup(" The upstream package names this license but ships no license text.\n");
		/* the template adds the newline after each paragraph's text */
		size_t n = strlen(text);
		if (n && text[n - 1] == '\n')
			text[n - 1] = 0;
		tvars_set(it, "text", text);
		free(text);
	}
}

static int drop_prebuilt(const char *path, void *ctx)
{
	return strv_has(&((const struct pkg *)ctx)->prebuilt, path);
}

int debian_orig(const struct write_opts *o, const char *debver, int repack, int (*drop)(const char *path, void *ctx),
		void *ctx, struct outtree *t, struct ferr *e)
{
	char *orig = xasprintf("%s_%s.orig.tar.gz", t->top, debver);
	if (!repack) {
		outtree_add_bytes(t, orig, o->artifact, o->artifact_len, 0644);
		free(orig);
		return 0;
	}
	char *packed;
	size_t plen;
	int rc = archive_repack(o->artifact, o->artifact_len, drop, ctx, &packed, &plen, orig, e);
	if (rc == 0) {
		outtree_add_bytes(t, orig, packed, plen, 0644);
		free(packed);
	}
	free(orig);
	return rc;
}

/* What every Debian tree shares: copyright and license paragraphs, the
 * changelog's date and packager. */
void debian_common(const struct pkg *p, const struct write_opts *o, struct tvars *v, struct strv *ids)
{
	char *s;
	tvars_set(v, "upstream_name", p->name);   /* checked by the reader's naming rules */
	tvars_set(v, "registry_label", strcmp(p->eco, "npm") == 0 ? "npm" : strcmp(p->eco, "crate") == 0 ? "crates.io" : "PyPI");
	char *lic = license_deb(p->license, ids);
	if (!lic) {
		lic = xstrdup("UNKNOWN");   /* not an SPDX expression: said in a note */
		strv_add(ids, "UNKNOWN");
	}
	s = esc_deb_line(lic);
	tvars_set(v, "deb_license", s);
	free(s);
	free(lic);
	strv_sort(ids);
	license_paras(p, ids, v);
	s = esc_deb_line(*p->author ? p->author : "the upstream authors");
	char *copy = xasprintf("%s", s);
	free(s);
	tvars_set(v, "copyright", copy);
	free(copy);
	char date[64];
	date_deb(o->date, date, sizeof date);
	tvars_set(v, "deb_date", date);
	tvars_setf(v, "year", "%d", date_year(o->date));
	s = esc_deb_line(o->packager);
	tvars_set(v, "packager", s);
	free(s);
}

static int debian_write(const struct pkg *p, const struct write_opts *o, struct outtree *t, struct ferr *e)
{
	if (strcmp(p->eco, "crate") == 0)
		return debian_crate_write(p, o, t, e);
	if (strcmp(p->eco, "pypi") == 0)
		return debian_pypi_write(p, o, t, e);
	struct tvars *v = tvars_new();
	int rc = -1;
	char *s;
	const char *why;
	const struct eco *eco = eco_find(p->eco);
	struct strv ids = {0};
	char *debver = NULL;

	char *normal = naming_npm_deb(p->name);
	t->top = writer_compat(p, o, 1, normal, v, e);
	free(normal);
	if (!t->top)
		goto out;
	tvars_set(v, "pkgname", t->top);
	tvars_set(v, "npm_name", p->name);
	s = esc_deb_line(p->version);
	tvars_set(v, "upstream_version", s);
	free(s);
	s = eco->translate(p->version, INTERVAL_DEB, &why);
	if (!s) {
		ferr_set(e, FERR_INPUT, "%s@%s: version: %s", p->name, p->version, why);
		goto out;
	}
	/* prebuilt binaries are repacked out of the orig tarball: "+ds" */
	debver = p->prebuilt.n ? xasprintf("%s+ds", s) : xstrdup(s);
	free(s);
	tvars_set(v, "deb_version", debver);
	char *fallback = xasprintf("%s module for Node.js", p->name);
	char *closing = xasprintf("This package contains the Node.js module %s, packaged from the npm registry.", p->name);
	writer_deb_vars(p, v, fallback, 72, closing);
	free(fallback);
	free(closing);
	char *url = writer_pkg_url(p);
	char *gh = url && str_startswith(url, "https://github.com/") ? xstrdup(url) : writer_repo_url(p->repository);
	if (gh && !str_startswith(gh, "https://github.com/")) {
		free(gh);
		gh = NULL;
	}
	s = esc_deb_line(gh ? gh : "");
	tvars_set(v, "github", s);
	free(s);
	free(gh);
	free(url);
	tvars_set(v, "native", p->native.n ? "1" : "");
	struct buf ex = {0};
	for (size_t i = 0; i < p->prebuilt.n; i++)
		buf_printf(&ex, "%s%s", i ? "\n " : "", p->prebuilt.v[i]);   /* plain paths (npm.c) */
	tvars_set(v, "excluded", ex.p ? ex.p : "");
	buf_free(&ex);
	if (writer_add_deps(p, 0, v, e) != 0)
		goto out;
	debian_common(p, o, v, &ids);
	tvars_set(v, "registry", o->registry ? o->registry : "");
	/* the registry path of the package: "left-pad", "@scope%2fname" */
	struct buf np = {0};
	for (const char *c = p->name; *c; c++) {
		if (*c == '/')
			buf_adds(&np, "%2f");
		else
			buf_addc(&np, *c);
	}
	tvars_set(v, "npm_path", np.p);
	buf_free(&np);
	const char *slash = strchr(p->name, '/');
	tvars_set(v, "npm_file", slash ? slash + 1 : p->name);

	static const struct tfile files[] = {
		{"deb/npm/control.in", "debian/control", 0644},
		{"deb/npm/rules.in", "debian/rules", 0755},
		{"deb/changelog.in", "debian/changelog", 0644},
		{"deb/copyright.in", "debian/copyright", 0644},
		{"deb/format.in", "debian/source/format", 0644},
		{"deb/npm/watch.in", "debian/watch", 0644},
		{"deb/npm/tests-control.in", "debian/tests/control", 0644},
	};
	if (writer_render_files(files, sizeof files / sizeof files[0], v, t, e) != 0)
		goto out;
	if (debian_orig(o, debver, p->prebuilt.n != 0, drop_prebuilt, (void *)p, t, e) != 0)
		goto out;
	rc = 0;
out:
	free(debver);
	strv_free(&ids);
	tvars_free(v);
	return rc;
}

const struct writer debian_writer = {"debian", debian_write};
