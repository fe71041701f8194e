/* debian_npm.c: the Debian writer for npm: a debian/ tree in
 * pkg-js-tools' form (control, rules, changelog, copyright, source/format,
 * watch, tests). */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "contents.h"
#include "jsonmem.h"
#include "template.h"
#include "writer.h"
#include "../core/eco.h"
#include "../core/escape.h"
#include "../core/family.h"
#include "license.h"
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

/* d as a Debian relation, or NULL where it has none (writer_add_deps
 * reports that); caller frees */
static char *deb_relation(const char *eco, const struct dep *d)
{
	const char *why = NULL;
	char *note = NULL;
	char *rel = eco_render_dep(eco_find(eco), d->name, d->range, &family_debian, &note, &why);
	free(note);
	return rel;
}

/* rel, marked <!nocheck>, as the next item of list */
static void add_nocheck(struct tvars *v, const char *list, const char *rel)
{
	char *marked = writer_deb_nocheck(rel);
	tvars_set(tvars_add_item(v, list), "dep", marked);
	free(marked);
}

/* Build-Depends for pkg-js-tools' build-time test, which requires the
 * module and so its runtime and peer dependencies: each relation of
 * "requires" again, marked <!nocheck> (a build without tests needs none). */
static void test_depends(const struct pkg *p, struct tvars *v)
{
	tvars_list(v, "test_requires");
	for (size_t i = 0; i < p->ndeps; i++) {
		const struct dep *d = &p->deps[i];
		if (d->kind == DEP_DEV || dep_kind_optional(d->kind))
			continue;
		char *rel = deb_relation(p->eco, d);
		if (rel)   /* else writer_add_deps has refused it already */
			add_nocheck(v, "test_requires", rel);
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

/* A package node cannot require (no main, no exports, no index.js: type
 * definitions only, like type-fest), where pkg-js-tools' default test,
 * require("./."), would fail: a test that its declared types file is
 * there instead.  NULL for a package node can load. */
static char *types_only_script(const struct pkg *p, const struct write_opts *o)
{
	static const char *const index[] = {"index.js", "index.json", "index.node", "index.cjs"};
	for (size_t i = 0; i < sizeof index / sizeof index[0]; i++)
		if (strv_has(&p->files, index[i]))
			return NULL;
	struct ferr e = {0};
	struct pkgfiles pf = {0};
	char *out = NULL;
	if (archive_read(o->artifact, o->artifact_len, &archive_default_limits, want_manifest, NULL, p->name, &pf, &e) == 0) {
		const struct pkgfile *pj = pkgfiles_find(&pf, "package.json");
		json_t *m = pj && pj->data ? jsonmem_load_object(pj->data, pj->len, 0, p->name, &e) : NULL;
		const char *types = json_string_value(json_object_get(m, "types"));
		if (!types)
			types = json_string_value(json_object_get(m, "typings"));
		while (types && types[0] == '.' && types[1] == '/')
			types += 2;   /* "./index.d.ts" */
		if (!types && strv_has(&p->files, "index.d.ts"))
			types = "index.d.ts";
		if (m && !json_object_get(m, "main") && !json_object_get(m, "exports") && types &&
		    contents_plain_path(types) && !strstr(types, ".."))
			out = xasprintf("# %s has only type definitions: nothing for node to require, so the\n"
					"# test is that they are there\ntest -f '%s'\n", p->name, types);
		json_decref(m);
	}
	pkgfiles_free(&pf);
	ferr_clear(&e);
	return out;
}

/* debian/tests/pkg-js/test and the devDependencies it needs (but tooling)
 * as Build-Depends <!nocheck>: list test_dev_requires, {{test_script}}. */
static int test_dev_depends(const struct pkg *p, const struct write_opts *o, struct tvars *v)
{
	char *script = test_script(p, o);
	char *types = script ? NULL : types_only_script(p, o);
	tvars_list(v, "test_dev_requires");
	tvars_set(v, "test_script", script ? script : types ? types : "");
	tvars_set(v, "types_only", types ? "1" : "");
	for (size_t i = 0; script && i < p->ndeps; i++) {
		const struct dep *d = &p->deps[i];
		if (d->kind != DEP_DEV || npm_tooling(d->name))
			continue;
		char *rel = deb_relation(p->eco, d);
		if (rel)
			add_nocheck(v, "test_dev_requires", rel);
		free(rel);
	}
	int has = script != NULL || types != NULL;
	free(script);
	free(types);
	return has;
}

/* the registry path of a package ("left-pad", "@scope%2fname") and its
 * tarball's file name stem ("name"), for debian/watch */
static void npm_path_vars(struct tvars *v, const char *name)
{
	struct buf np = {0};
	for (const char *c = name; *c; c++) {
		if (*c == '/')
			buf_adds(&np, "%2f");
		else
			buf_addc(&np, *c);
	}
	tvars_set(v, "npm_path", np.p);
	buf_free(&np);
	const char *slash = strchr(name, '/');
	tvars_set(v, "npm_file", slash ? slash + 1 : name);
}

/* {{github}}: the package's GitHub repository, for the watch file */
static void github_var(const struct pkg *p, struct tvars *v)
{
	char *url = writer_pkg_url(p);
	char *gh = url && str_startswith(url, "https://github.com/") ? xstrdup(url) : writer_repo_url(p->repository);
	if (gh && !str_startswith(gh, "https://github.com/")) {
		free(gh);
		gh = NULL;
	}
	char *s = esc_deb_line(gh ? gh : "");
	tvars_set(v, "github", s);
	free(s);
	free(gh);
	free(url);
}

/* {{excluded}}: Files-Excluded, the prebuilt binaries and the scripts
 * without source that the repack drops, plain paths (npm.c, contents.c) */
static void excluded_var(const struct pkg *p, struct tvars *v)
{
	struct strv gone = {0};
	for (size_t i = 0; i < p->prebuilt.n; i++)
		strv_add(&gone, p->prebuilt.v[i]);
	for (size_t i = 0; i < p->nosource.n; i++)
		strv_add(&gone, p->nosource.v[i]);
	strv_sort(&gone);
	struct buf ex = {0};
	for (size_t i = 0; i < gone.n; i++)
		buf_printf(&ex, "%s%s", i ? "\n " : "", gone.v[i]);
	tvars_set(v, "excluded", ex.p ? ex.p : "");
	buf_free(&ex);
	strv_free(&gone);
}

/* Compat majors, the way Debian's JavaScript team ships them
 * (docs/compat.md): never a package beside the newer major (both would
 * install /usr/share/nodejs/NAME), but a component of each package that
 * needs one: an orig-COMPONENT tarball, which pkg-js-tools installs under
 * /usr/share/nodejs/MAIN/node_modules/NAME, where node finds it before the
 * distribution's newer major; "+~VERSION" in the package version for each
 * (uscan's "group"); a debian/watch line held to its major; and its own
 * dependencies among the package's. */

/* dpkg-source's component name ([[:alnum:]-]+): "@types/node" ->
 * "types-node", "ipaddr.js" -> "ipaddr-js" */
static char *component_dir(const char *name)
{
	struct buf b = {0};
	for (const char *c = *name == '@' ? name + 1 : name; *c; c++)
		buf_addc(&b, isalnum((unsigned char)*c) ? (char)tolower((unsigned char)*c) : '-');
	return buf_steal(&b);
}

static int embedded_name(const struct write_opts *o, const char *name)
{
	for (size_t k = 0; k < o->ncomponents; k++)
		if (strcmp(o->components[k].pkg->name, name) == 0)
			return 1;
	return 0;
}

/* a component's runtime dependencies among the package's (and, marked
 * <!nocheck>, the build-time test's): those the package does not ask the
 * same of already, nor carries itself */
static void component_depends(const struct pkg *p, const struct write_opts *o, const struct pkg *c, struct tvars *v)
{
	for (size_t i = 0; i < c->ndeps; i++) {
		const struct dep *d = &c->deps[i];
		if (d->kind == DEP_DEV || dep_kind_optional(d->kind) || embedded_name(o, d->name))
			continue;
		int same = 0;
		for (size_t k = 0; k < p->ndeps && !same; k++)
			same = strcmp(p->deps[k].name, d->name) == 0 && strcmp(p->deps[k].range, d->range) == 0;
		char *rel = same ? NULL : deb_relation(c->eco, d);
		if (!rel)
			continue;   /* asked already, or not renderable: said in its own plan */
		tvars_set(tvars_add_item(v, "requires"), "dep", rel);
		add_nocheck(v, "test_requires", rel);
		free(rel);
	}
}

/* The components' variables and "+~VERSION" each on *debver; their
 * license names into ids.  0, or -1 with e. */
static int component_vars(const struct pkg *p, const struct write_opts *o, char **debver, struct tvars *v,
			  struct strv *ids, struct ferr *e)
{
	tvars_list(v, "components");
	struct buf ver = {0};
	buf_adds(&ver, *debver);
	struct strv dirs = {0};
	int rc = 0;
	for (size_t k = 0; k < o->ncomponents && rc == 0; k++) {
		const struct pkg *c = o->components[k].pkg;
		const char *why;
		char *cv = eco_find(c->eco)->translate(c->version, family_debian.spell, &why);
		char *level = naming_compat_level(c->eco, c->version);
		char *dir = component_dir(c->name);
		if (!cv || !level) {
			rc = ferr_set(e, FERR_INPUT, "%s@%s: embedded %s@%s: version: %s", p->name, p->version, c->name,
				      c->version, cv ? "no compatibility level" : why);
		} else if (strv_has(&dirs, dir)) {
			rc = ferr_set(e, FERR_INPUT, "%s@%s: embedded %s: component name %s taken by another", p->name,
				      p->version, c->name, dir);
		} else {
			strv_add(&dirs, dir);
			buf_printf(&ver, "+~%s", cv);
			struct tvars *it = tvars_add_item(v, "components");
			tvars_set(it, "dir", dir);
			tvars_set(it, "root", o->components[k].root ? "1" : "");
			if (o->components[k].root)
				tvars_set(v, "root_components", "1");
			writer_set_esc(it, "name", c->name, esc_deb_line);
			writer_set_esc(it, "version", c->version, esc_deb_line);
			writer_set_esc(it, "copyright", *c->author ? c->author : "the upstream authors", esc_deb_line);
			char *lic = license_deb(c->license, ids);
			writer_set_esc(it, "license", lic ? lic : "UNKNOWN", esc_deb_line);
			if (!lic)
				strv_add(ids, "UNKNOWN");
			free(lic);
			/* the watch line's version, held to the major: "4\.[\d\.]*" */
			struct buf re = {0};
			for (const char *l = level; *l; l++)
				buf_adds(&re, *l == '.' ? "\\." : (char[]){*l, 0});
			buf_adds(&re, "\\.[\\d\\.]*");
			tvars_set(it, "version_re", re.p);
			buf_free(&re);
			npm_path_vars(it, c->name);
		}
		free(cv);
		free(level);
		free(dir);
	}
	strv_free(&dirs);
	free(*debver);
	*debver = buf_steal(&ver);
	return rc;
}

/* p without its dependencies on what it embeds: a shallow copy whose deps
 * array (only) is the caller's to free */
static struct pkg without_embedded(const struct pkg *p, const struct write_opts *o)
{
	struct pkg q = *p;
	q.deps = xmalloc((p->ndeps ? p->ndeps : 1) * sizeof *q.deps);
	q.ndeps = 0;
	for (size_t i = 0; i < p->ndeps; i++)
		if (!embedded_name(o, p->deps[i].name))
			q.deps[q.ndeps++] = p->deps[i];
	return q;
}

/* The orig-COMPONENT tarballs, each artifact as the registry served it,
 * and pkg-js-tools' lists: the components when debian/watch cannot name
 * them (no registry to watch), those installed at the root.  0, or -1
 * with e. */
static int component_files(const struct write_opts *o, const char *debver, struct tvars *v, struct outtree *t,
			   struct ferr *e)
{
	static const struct tfile addc[] = {{"deb/npm/additional_components.in", "debian/nodejs/additional_components", 0644}};
	if (o->ncomponents && !o->registry && writer_render_files(addc, 1, v, t, e) != 0)
		return -1;
	static const struct tfile rootm[] = {{"deb/npm/root_modules.in", "debian/nodejs/root_modules", 0644}};
	int any_root = 0;
	for (size_t k = 0; k < o->ncomponents; k++)
		any_root |= o->components[k].root;
	if (any_root && writer_render_files(rootm, 1, v, t, e) != 0)
		return -1;
	for (size_t k = 0; k < o->ncomponents; k++) {
		char *dir = component_dir(o->components[k].pkg->name);
		char *orig = xasprintf("%s_%s.orig-%s.tar.gz", t->top, debver, dir);
		outtree_add_bytes(t, orig, o->components[k].artifact, o->components[k].artifact_len, 0644);
		free(orig);
		free(dir);
	}
	return 0;
}

/* An update of a name the distribution ships inside another package
 * (o->bundle, solver/bundle.h) takes over those files, the way Debian
 * splits a module out of a bundle: Breaks and Replaces on the bundling
 * package before its next upload ("7.0.4-4" -> "<< 7.0.4-5~"), which must
 * drop them.  And what the package it moves on from provided but this one
 * cannot carry, said for the reviewer. */
static void bundle_vars(const struct write_opts *o, struct tvars *v)
{
	tvars_set(v, "bundle", "");
	tvars_set(v, "bundle_next", "");
	tvars_list(v, "lost_provides");
	for (size_t i = 0; o->lost_provides && i < o->lost_provides->n; i++) {
		const char *pv = o->lost_provides->v[i];   /* "NAME\tVERSION" */
		size_t nl = strcspn(pv, "\t");
		char *rel = xasprintf("%.*s (= %s)", (int)nl, pv, pv[nl] ? pv + nl + 1 : "");
		writer_set_esc(tvars_add_item(v, "lost_provides"), "text", rel, esc_deb_line);
		free(rel);
	}
	if (!o->bundle || !o->bundle_version)
		return;
	const char *bv = o->bundle_version;
	const char *dash = strrchr(bv, '-');
	char *next;
	if (dash && dash[1] && strspn(dash + 1, "0123456789") == strlen(dash + 1) && strlen(dash + 1) < 9)
		next = xasprintf("%.*s-%ld~", (int)(dash - bv), bv, strtol(dash + 1, NULL, 10) + 1);
	else
		next = xasprintf("%s+1~", bv);
	writer_set_esc(v, "bundle", o->bundle, esc_deb_line);
	writer_set_esc(v, "bundle_next", next, esc_deb_line);
	writer_set_esc(v, "bundle_version", bv, esc_deb_line);
	free(next);
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

	if (o->compat) {
		/* embedded in the packages needing it (component_vars), the
		 * team's way: nothing of its own */
		t->top = NULL;
		tvars_free(v);
		return 0;
	}
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
	tvars_set(v, "root_components", "");
	if (component_vars(p, o, &debver, v, &ids, e) != 0)
		goto out;
	bundle_vars(o, v);
	tvars_set(v, "deb_version", debver);
	char *fallback = xasprintf("%s module for Node.js", p->name);
	char *closing = xasprintf("This package contains the Node.js module %s, packaged from the npm registry.", p->name);
	writer_deb_vars(p, v, fallback, 72, closing);
	free(fallback);
	free(closing);
	github_var(p, v);
	tvars_set(v, "native", p->native.n ? "1" : "");
	excluded_var(p, v);
	struct pkg own = without_embedded(p, o);
	int deps_rc = writer_add_deps(&own, &family_debian, ",\n            ", v, e);
	if (deps_rc == 0)
		test_depends(&own, v);
	free(own.deps);
	if (deps_rc != 0)
		goto out;
	for (size_t k = 0; k < o->ncomponents; k++)
		component_depends(p, o, o->components[k].pkg, v);
	int has_test = test_dev_depends(p, o, v);
	writer_npm_bins(p, v);
	debian_common(p, o, v, &ids);
	tvars_set(v, "registry", o->registry ? o->registry : "");
	npm_path_vars(v, p->name);

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
	if (component_files(o, debver, v, t, e) != 0)
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
