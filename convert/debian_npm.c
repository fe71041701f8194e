/* debian_npm.c: the Debian writer for npm: a debian/ tree in
 * pkg-js-tools' form (control, rules, changelog, copyright, source/format,
 * watch, tests). */
#include <stdlib.h>
#include <string.h>

#include "jsonmem.h"
#include "template.h"
#include "writer.h"
#include "../core/eco.h"
#include "../core/escape.h"
#include "../core/family.h"
#include "../core/naming.h"
#include "../core/util.h"
#include "../fetch/archive.h"

/* repacked out of the orig tarball: prebuilt binaries, and minified or
 * generated scripts without their source that nothing loads at run time
 * (contents.h), as Debian's JavaScript team repacks node-qs without dist/
 * (6.11.0+ds) and keeps iconv-lite's generated tables, which it loads */
static int drop_prebuilt(const char *path, void *ctx)
{
	const struct pkg *p = ctx;
	return strv_has(&p->prebuilt, path) || strv_has(&p->nosource, path);
}

/* Build-Depends for pkg-js-tools' build-time test, which requires the
 * module and so its runtime and peer dependencies: each relation of
 * "requires" again, marked <!nocheck> (a build without tests needs none). */
static void test_depends(const struct pkg *p, struct tvars *v)
{
	const struct eco *eco = eco_find(p->eco);
	tvars_list(v, "test_requires");
	for (size_t i = 0; i < p->ndeps; i++) {
		const struct dep *d = &p->deps[i];
		if (d->kind == DEP_DEV || dep_kind_optional(d->kind))
			continue;
		const char *why = NULL;
		char *note = NULL;
		char *rel = eco_render_dep(eco, d->name, d->range, &family_debian, &note, &why);
		free(note);
		if (!rel)
			continue;   /* writer_add_deps has refused it already */
		char *marked = writer_deb_nocheck(rel);
		tvars_set(tvars_add_item(v, "test_requires"), "dep", marked);
		free(marked);
		free(rel);
	}
}

/* A test file as npm packages ship them: under test/, tests/, spec/ or
 * __tests__/, or test.js, *.test.js, *.spec.js */
static int npm_test_file(const char *path)
{
	static const char *const dirs[] = {"test/", "tests/", "spec/", "__tests__/"};
	for (size_t i = 0; i < sizeof dirs / sizeof dirs[0]; i++)
		if (str_startswith(path, dirs[i]))
			return str_endswith(path, ".js") || str_endswith(path, ".cjs") || str_endswith(path, ".mjs");
	return strcmp(path, "test.js") == 0 || str_endswith(path, ".test.js") || str_endswith(path, ".spec.js");
}

/* The devDependencies that only lint, type-check or measure coverage: the
 * test steps they run are dropped, and they are not test Build-Depends */
static int npm_tooling(const char *name)
{
	static const char *const tools[] = {"standard", "xo", "eslint", "prettier", "tsd", "typescript", "nyc",
					    "c8", "coveralls", "codecov", "husky", "lint-staged", "prebuildify",
					    "node-gyp", "benchmark"};
	for (size_t i = 0; i < sizeof tools / sizeof tools[0]; i++)
		if (strcmp(name, tools[i]) == 0)
			return 1;
	return str_startswith(name, "@npmcli/") || str_startswith(name, "eslint-") || str_startswith(name, "@types/");
}

/* One step of scripts.test kept for debian/tests/pkg-js/test: a known
 * runner's command line of plain words (no shell syntax: it is upstream's
 * text), nyc's or c8's wrapping dropped.  NULL for a step to drop; *bad
 * set for one that cannot be kept (the whole script then is not). */
static char *test_step(const char *step, int *bad)
{
	static const char *const runners[] = {"node", "tape", "mocha", "tap", "ava", "jest"};
	char *copy = xstrdup(step), *save = NULL;
	struct buf b = {0};
	int words = 0, keep = 1;
	for (char *w = strtok_r(copy, " \t", &save); w; w = strtok_r(NULL, " \t", &save)) {
		if (strspn(w, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_./*=:@-") != strlen(w))
			*bad = 1;
		if (words == 0 && (strcmp(w, "nyc") == 0 || strcmp(w, "c8") == 0))
			continue;
		if (words == 0 && b.len == 0 && w[0] == '-')
			continue;   /* nyc's own options */
		if (words == 0) {
			keep = 0;
			for (size_t i = 0; i < sizeof runners / sizeof runners[0]; i++)
				keep |= strcmp(w, runners[i]) == 0;
			if (!keep && !npm_tooling(w))
				*bad = 1;
		}
		buf_printf(&b, "%s%s", words++ ? " " : "", w);
	}
	free(copy);
	if (!keep || !b.p) {
		buf_free(&b);
		return NULL;
	}
	return buf_steal(&b);
}

static int want_manifest(const char *path, void *ctx)
{
	(void)ctx;
	return strcmp(path, "package.json") == 0;
}

/* The package's own test script for pkg-js-tools (debian/tests/pkg-js/test,
 * run by dh_auto_test and autopkgtest), from package.json's scripts.test,
 * when the tarball ships test files; NULL when there is none to run. */
static char *test_script(const struct pkg *p, const struct write_opts *o)
{
	struct ferr e = {0};
	struct pkgfiles pf = {0};
	char *out = NULL;
	if (debian_ships_tests(o, npm_test_file, &e) != 1 ||
	    archive_read(o->artifact, o->artifact_len, &archive_default_limits, want_manifest, NULL, p->name, &pf, &e) != 0) {
		ferr_clear(&e);
		return NULL;
	}
	const struct pkgfile *pj = pkgfiles_find(&pf, "package.json");
	json_t *m = pj && pj->data ? jsonmem_load_object(pj->data, pj->len, 0, p->name, &e) : NULL;
	const char *cmd = json_string_value(json_object_get(json_object_get(m, "scripts"), "test"));
	struct buf b = {0};
	int bad = 0;
	for (const char *c = cmd; c && *c && !bad;) {
		const char *end = strstr(c, "&&");
		char *step = end ? xstrndup(c, (size_t)(end - c)) : xstrdup(c);
		char *kept = test_step(step, &bad);
		if (kept)
			buf_printf(&b, "%s\n", kept);
		free(kept);
		free(step);
		c = end ? end + 2 : c + strlen(c);
	}
	if (!bad && b.p)
		out = buf_steal(&b);
	buf_free(&b);
	json_decref(m);
	pkgfiles_free(&pf);
	ferr_clear(&e);
	return out;
}

/* debian/tests/pkg-js/test and the devDependencies it needs (but tooling)
 * as Build-Depends <!nocheck>: list test_dev_requires, {{test_script}}. */
static int test_dev_depends(const struct pkg *p, const struct write_opts *o, struct tvars *v)
{
	const struct eco *eco = eco_find(p->eco);
	char *script = test_script(p, o);
	tvars_list(v, "test_dev_requires");
	tvars_set(v, "test_script", script ? script : "");
	for (size_t i = 0; script && i < p->ndeps; i++) {
		const struct dep *d = &p->deps[i];
		if (d->kind != DEP_DEV || npm_tooling(d->name))
			continue;
		const char *why = NULL;
		char *note = NULL;
		char *rel = eco_render_dep(eco, d->name, d->range, &family_debian, &note, &why);
		free(note);
		if (!rel)
			continue;
		char *marked = writer_deb_nocheck(rel);
		tvars_set(tvars_add_item(v, "test_dev_requires"), "dep", marked);
		free(marked);
		free(rel);
	}
	int has = script != NULL;
	free(script);
	return has;
}

int debian_npm_write(const struct pkg *p, const struct write_opts *o, struct outtree *t, struct ferr *e)
{
	struct tvars *v = tvars_new();
	int rc = -1;
	char *s;
	const char *why;
	const struct eco *eco = eco_find(p->eco);
	struct strv ids = {0};
	char *debver = NULL;

	char *normal = naming_npm_deb(p->name);
	t->top = writer_compat(p, o, &family_debian, normal, v, e);
	free(normal);
	if (!t->top)
		goto out;
	tvars_set(v, "pkgname", t->top);
	tvars_set(v, "npm_name", p->name);
	s = esc_deb_line(p->version);
	tvars_set(v, "upstream_version", s);
	free(s);
	s = eco->translate(p->version, family_debian.spell, &why);
	if (!s) {
		ferr_set(e, FERR_INPUT, "%s@%s: version: %s", p->name, p->version, why);
		goto out;
	}
	/* what drop_prebuilt repacks out: "+ds" */
	int repack = p->prebuilt.n || p->nosource.n;
	debver = repack ? xasprintf("%s+ds", s) : xstrdup(s);
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
	struct strv gone = {0};
	for (size_t i = 0; i < p->prebuilt.n; i++)
		strv_add(&gone, p->prebuilt.v[i]);
	for (size_t i = 0; i < p->nosource.n; i++)
		strv_add(&gone, p->nosource.v[i]);
	strv_sort(&gone);
	struct buf ex = {0};
	for (size_t i = 0; i < gone.n; i++)
		buf_printf(&ex, "%s%s", i ? "\n " : "", gone.v[i]);   /* plain paths (npm.c, contents.c) */
	tvars_set(v, "excluded", ex.p ? ex.p : "");
	buf_free(&ex);
	strv_free(&gone);
	if (writer_add_deps(p, &family_debian, ",\n            ", v, e) != 0)
		goto out;
	test_depends(p, v);
	int has_test = test_dev_depends(p, o, v);
	writer_npm_bins(p, v);
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
	static const struct tfile links[] = {{"deb/npm/links.in", "debian/links", 0644}};
	if (p->bins.n && writer_render_files(links, 1, v, t, e) != 0)
		goto out;
	static const struct tfile test[] = {{"deb/npm/pkg-js-test.in", "debian/tests/pkg-js/test", 0644}};
	if (has_test && writer_render_files(test, 1, v, t, e) != 0)
		goto out;
	static const struct tfile build[] = {{"deb/npm/nodejs-build.in", "debian/nodejs/build", 0644}};
	if (p->native.n && writer_render_files(build, 1, v, t, e) != 0)
		goto out;
	if (debian_orig(o, debver, repack, drop_prebuilt, (void *)p, t, e) != 0)
		goto out;
	rc = 0;
out:
	free(debver);
	strv_free(&ids);
	tvars_free(v);
	return rc;
}
