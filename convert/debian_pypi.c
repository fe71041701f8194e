/* debian_pypi.c: the Debian writer for PyPI projects, in dh-python's form:
 * source python-NAME, binary python3-NAME (dh-python's names), built by
 * pybuild with the project's backend; ${python3:Depends} plus explicit
 * versioned relations with markers evaluated for Debian's Python. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "pydist.h"
#include "../fetch/repack.h"
#include "template.h"
#include "writer.h"
#include "../core/eco.h"
#include "../core/escape.h"
#include "../core/pep440.h"
#include "../core/pep508.h"
#include "../core/util.h"

/* relations on pkg for a specifier set, Debian's spelling */
static char *relation(const struct pkg *p, const char *pkg, const char *specs, char **note, struct ferr *e)
{
	struct ivlist l = {0};
	const char *why;
	*note = NULL;
	if (eco_find(p->eco)->intervals(specs, family_debian.spell, &l, &why) != 0) {
		ferr_set(e, FERR_INPUT, "%s@%s: dependency %s '%.200s': %s", p->name, p->version, pkg, specs, why);
		return NULL;
	}
	char *s = family_debian.relation(pkg, &l, note);
	ivlist_free(&l);
	if (!s)
		ferr_set(e, FERR_INPUT, "%s@%s: dependency %s '%.200s': matches no version", p->name, p->version, pkg, specs);
	return s;
}

static void add_split(struct strv *out, const char *rels)
{
	char *copy = xstrdup(rels), *save = NULL;
	for (char *r = strtok_r(copy, ",", &save); r; r = strtok_r(NULL, ",", &save)) {
		while (*r == ' ')
			r++;
		strv_add(out, r);
	}
	free(copy);
}

static int keep_all(const char *path, void *ctx)
{
	(void)path, (void)ctx;
	return 0;
}

/* Depends: the requirements that hold on Debian's Python, by dh-python's
 * names; the others said in dep_notes */
static int depends(const struct pkg *p, struct tvars *v, struct ferr *e)
{
	struct strv deps = {0};
	const char *rule;
	int rc = -1;
	for (size_t i = 0; i < p->ndeps; i++) {
		const struct dep *dp = &p->deps[i];
		struct strv ex = {0};
		int a = pydist_applies(p, dp, &family_debian, &ex, e);
		if (a < 0) {
			strv_free(&ex);
			goto out;
		}
		char *line = esc_deb_line(dp->line ? dp->line : dp->name);
		if (a == 0 && ex.n) {
			tvars_setf(tvars_add_item(v, "dep_notes"), "text", "only with extra %s: %s", ex.v[0], line);
		} else if (a == 0) {
			tvars_setf(tvars_add_item(v, "dep_notes"), "text", "not needed with Debian's Python: %s", line);
		}
		free(line);
		strv_free(&ex);
		if (a != 1)
			continue;
		char *pkg = pydist_deb(dp->name, &rule), *note = NULL;
		char *rel = relation(p, pkg, dp->range, &note, e);
		if (note) {
			char *r = esc_deb_line(dp->range);
			tvars_setf(tvars_add_item(v, "dep_notes"), "text", "%s '%s': %s", dp->name, r, note);
			free(r);
		}
		free(note);
		free(pkg);
		if (!rel)
			goto out;
		add_split(&deps, rel);
		free(rel);
	}
	strv_sort(&deps);
	strv_uniq(&deps);
	tvars_list(v, "depends");
	tvars_list(v, "test_depends");
	for (size_t i = 0; i < deps.n; i++) {
		tvars_set(tvars_add_item(v, "depends"), "dep", deps.v[i]);
		/* pybuild's tests import the module: its dependencies too */
		char *marked = writer_deb_nocheck(deps.v[i]);
		tvars_set(tvars_add_item(v, "test_depends"), "dep", marked);
		free(marked);
	}
	rc = 0;
out:
	strv_free(&deps);
	return rc;
}

/* Build-Depends: the build backend's own packages, by dh-python's names */
static void build_depends(const struct pkg *p, struct tvars *v)
{
	struct strv bd = {0};
	const char *why, *rule;
	for (size_t i = 0; i < p->build_requires.n; i++) {
		struct pepreq r;
		if (pepreq_parse(p->build_requires.v[i], &r, &why) != 0 || r.url)
			continue;
		struct strv ex = {0};
		int a = pepreq_extras(&r, family_debian.pyenv, &ex, &why);
		/* dh-python's mapping names what provides setuptools' runtime
		 * (pkg_resources); a build backend needs setuptools itself */
		if (a == 1 && strcasecmp(r.name, "setuptools") == 0)
			strv_add(&bd, "python3-setuptools");
		else if (a == 1 && strcmp(r.name, "wheel") != 0)
			strv_push(&bd, pydist_deb(r.name, &rule));
		strv_free(&ex);
		pepreq_free(&r);
	}
	strv_sort(&bd);
	strv_uniq(&bd);
	tvars_list(v, "build_depends");
	for (size_t i = 0; i < bd.n; i++)
		tvars_set(tvars_add_item(v, "build_depends"), "dep", bd.v[i]);
	strv_free(&bd);
}

/* debian/watch: the registry's JSON API document of the project, whose
 * sdist URLs are matched by the artifact's own file name with the version
 * captured ("jsonschema-4.10.3.tar.gz") */
static void watch(const struct pkg *p, const struct write_opts *o, struct tvars *v)
{
	const char *ext = str_endswith(p->source_file, ".zip") ? ".zip" : ".tar.gz";
	size_t nf = strlen(p->source_file), nv = strlen(p->version), ne = strlen(ext);
	tvars_set(v, "zip", *ext == '.' && ext[1] == 'z' ? "1" : "");
	char *page = NULL;
	struct buf re = {0};
	if (o->registry && nf > nv + ne && strncmp(p->source_file + nf - ne - nv, p->version, nv) == 0 &&
	    strcmp(p->source_file + nf - ne, ext) == 0) {
		page = xasprintf("%spypi/%s/json", o->registry, p->name);
		buf_adds(&re, "[^\"\\s]*/");
		for (size_t i = 0; i < nf - ne - nv; i++) {
			char c = p->source_file[i];
			if (!isalnum((unsigned char)c) && c != '-' && c != '_' && c != '.')
				break;   /* names are checked: [A-Za-z0-9._-] */
			if (c == '.')
				buf_addc(&re, '\\');
			buf_addc(&re, c);
		}
		buf_printf(&re, "(\\d[\\d.]*(?:(?:a|b|rc)\\d+)?(?:\\.post\\d+)?)%s", *ext == '.' && ext[1] == 'z' ? "\\.zip" : "\\.tar\\.gz");
	}
	debian_watch_vars(p, page, re.p ? re.p : "", v);
	buf_free(&re);
	free(page);
}

/* pytest's idea of a test file: test_*.py, *_test.py, conftest.py */
static int pytest_file(const char *path)
{
	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	return strcmp(base, "conftest.py") == 0 || (str_startswith(base, "test_") && str_endswith(base, ".py")) ||
	       str_endswith(base, "_test.py");
}

/* pybuild's test step: pytest (PYBUILD_TEST_PYTEST, python3-pytest and the
 * other requirements of the extra that names pytest, all <!nocheck>) when
 * an extra requires pytest and the sdist ships test files; else pybuild's
 * default, unittest discovery.  Sets {{pytest}} and the list pytest_depends. */
static int test_runner(const struct pkg *p, const struct write_opts *o, struct tvars *v, struct ferr *e)
{
	const char *extra = NULL, *rule;
	tvars_list(v, "pytest_depends");
	tvars_set(v, "pytest", "");
	for (size_t i = 0; i < p->ndeps && !extra; i++)
		if (p->deps[i].extra && strcasecmp(p->deps[i].name, "pytest") == 0)
			extra = p->deps[i].extra;
	if (!extra)
		return 0;
	int ships = debian_ships_tests(o, pytest_file, e);
	if (ships <= 0)
		return ships;
	tvars_set(v, "pytest", "1");
	struct strv deps = {0};
	strv_add(&deps, "python3-pytest");
	for (size_t i = 0; i < p->ndeps; i++) {
		const struct dep *dp = &p->deps[i];
		if (!dp->extra || strcmp(dp->extra, extra) != 0 || strcasecmp(dp->name, p->name) == 0)
			continue;
		struct strv ex = {0};
		int a = pydist_applies(p, dp, &family_debian, &ex, e);
		if (a < 0) {
			strv_free(&ex);
			strv_free(&deps);
			return -1;
		}
		if (a == 1 || strv_has(&ex, extra))
			strv_push(&deps, pydist_deb(dp->name, &rule));
		strv_free(&ex);
	}
	strv_sort(&deps);
	strv_uniq(&deps);
	for (size_t i = 0; i < deps.n; i++)
		tvars_setf(tvars_add_item(v, "pytest_depends"), "dep", "%s <!nocheck>", deps.v[i]);
	strv_free(&deps);
	return 0;
}

int debian_pypi_write(const struct pkg *p, const struct write_opts *o, struct outtree *t, struct ferr *e)
{
	if (pydist_ready(p->name, e) != 0)
		return -1;
	struct tvars *v = tvars_new();
	struct strv ids = {0};
	int rc = -1;
	char *s, *debver = NULL;
	const char *why, *rule;
	char *dist = pep503_name(p->name);
	char *normal = pydist_deb(p->name, &rule), *source = xasprintf("python-%s", dist);
	char *binary = writer_compat(p, o, &family_debian, normal, v, e);
	t->top = binary ? writer_compat(p, o, &family_debian, source, NULL, e) : NULL;
	free(source);
	if (!t->top)
		goto out;
	tvars_set(v, "pkgname", t->top);
	tvars_set(v, "binary", binary);
	tvars_set(v, "pypi_name", p->name);
	s = esc_deb_line(p->version);
	tvars_set(v, "upstream_version", s);
	free(s);
	struct pepver pv;
	debver = pepver_parse(p->version, &pv, &why) == 0 ? pepver_pkgver(&pv, family_debian.spell) : NULL;
	pepver_free(&pv);
	if (!debver) {
		why = "no Debian spelling";
		ferr_set(e, FERR_INPUT, "%s@%s: version: %s", p->name, p->version, why);
		goto out;
	}
	tvars_set(v, "deb_version", debver);
	char *fallback = xasprintf("%s Python package", p->name);
	char *closing = xasprintf("This package contains the Python 3 distribution %s, packaged from PyPI.", p->name);
	writer_deb_vars(p, v, fallback, 72, closing);
	free(fallback);
	free(closing);
	tvars_set(v, "excluded", "");
	tvars_set(v, "native", p->native.n ? "1" : "");
	tvars_set(v, "module", p->modules.n ? p->modules.v[0] : dist);
	tvars_list(v, "dep_notes");
	tvars_setf(tvars_add_item(v, "dep_notes"), "text", "%s: named by %s", normal, rule);
	debian_common(p, o, v, &ids);

	if (depends(p, v, e) != 0)
		goto out;
	build_depends(p, v);
	if (test_runner(p, o, v, e) != 0)
		goto out;
	tvars_set(v, "suggests", "");

	static const struct tfile files[] = {
		{"deb/pypi/control.in", "debian/control", 0644},
		{"deb/pypi/rules.in", "debian/rules", 0755},
		{"deb/changelog.in", "debian/changelog", 0644},
		{"deb/copyright.in", "debian/copyright", 0644},
		{"deb/format.in", "debian/source/format", 0644},
		{"deb/pypi/watch.in", "debian/watch", 0644},
	};
	watch(p, o, v);
	if (writer_render_files(files, sizeof files / sizeof files[0], v, t, e) != 0)
		goto out;
	/* dpkg-source takes tarballs: a zip sdist is repacked, member for member */
	if (debian_orig(o, debver, str_endswith(p->source_file, ".zip"), keep_all, NULL, t, e) != 0)
		goto out;
	rc = 0;
out:
	free(debver);
	free(dist);
	free(normal);
	free(binary);
	strv_free(&ids);
	tvars_free(v);
	return rc;
}
