/* pypi.c: the PyPI reader: the JSON API's project document -> chosen
 * version and its sdist, the sdist -> PKG-INFO and pyproject.toml.  The
 * only file that knows PyPI's JSON shapes and the core metadata format. */
#include <ctype.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "contents.h"
#include "jsonmem.h"
#include "pydist.h"
#include "pypiprov.h"
#include "packrules.h"
#include "reader.h"
#include "../core/naming.h"
#include "../core/pep440.h"
#include "../core/pep508.h"
#include "../core/toml.h"
#include "../core/util.h"

static const char *jstr(json_t *o, const char *key)
{
	json_t *v = json_object_get(o, key);
	return json_is_string(v) && strlen(json_string_value(v)) == json_string_length(v) ? json_string_value(v) : NULL;
}

static void set(char **field, const char *v)
{
	free(*field);
	*field = xstrdup(v ? v : "");
}

/* One PEP 508 line as a dependency; URLs refused with the reason. */
static int add_req(struct pkg *p, const char *line, const char *field, struct ferr *e)
{
	struct pepreq r;
	const char *why;
	if (pepreq_parse(line, &r, &why) != 0)
		return ferr_set(e, FERR_INPUT, "%s@%s: %s '%.200s': %s", p->name, p->version, field, line, why);
	int rc = 0;
	if (r.url) {
		rc = ferr_set(e, FERR_INPUT, "%s@%s: %s '%.200s': a direct URL reference; a distribution package "
			      "depends on packaged names, not on downloads", p->name, p->version, field, line);
	} else if ((why = naming_pypi_invalid(r.name)) != NULL) {
		rc = ferr_set(e, FERR_INPUT, "%s@%s: %s '%.200s': %s", p->name, p->version, field, line, why);
	} else {
		struct dep *d = pkg_add_dep(p, r.name, r.specs, DEP_RUNTIME);
		d->line = xstrdup(line);
	}
	pepreq_free(&r);
	return rc;
}

/* extras compare by their PEP 503 names (PEP 685); repeats go when the
 * reader is done (pkg_uniq_features) */
static void add_extra(struct pkg *p, const char *name)
{
	if (naming_pypi_invalid(name))
		return;
	char *n = pep503_name(name);
	pkg_add_feature(p, n);
	free(n);
}

static void clear_deps(struct pkg *p)
{
	struct pkg tmp = {0};
	tmp.deps = p->deps;
	tmp.ndeps = p->ndeps;
	p->deps = NULL;
	p->ndeps = 0;
	pkg_free(&tmp);
}

/* info.* of the JSON API, for the version it describes */
static int read_info(json_t *info, struct pkg *p, struct ferr *e)
{
	set(&p->repository, NULL);
	set(&p->description, jstr(info, "summary"));
	set(&p->license, jstr(info, "license_expression") ? jstr(info, "license_expression") : jstr(info, "license"));
	set(&p->homepage, jstr(info, "home_page"));
	set(&p->author, jstr(info, "author"));
	set(&p->requires_python, jstr(info, "requires_python"));
	json_t *urls = json_object_get(info, "project_urls");
	static const char *const src[] = {"Source", "Source Code", "Repository", "Code", "GitHub"};
	for (size_t i = 0; i < sizeof src / sizeof src[0] && !*p->repository; i++)
		set(&p->repository, jstr(urls, src[i]));
	if (!*p->homepage)
		set(&p->homepage, jstr(urls, "Homepage"));
	json_t *rd = json_object_get(info, "requires_dist");
	size_t i;
	json_t *it;
	json_array_foreach(rd, i, it) {
		if (!json_is_string(it))
			return ferr_set(e, FERR_INPUT, "%s@%s: requires_dist: expected strings", p->name, p->version);
		if (add_req(p, json_string_value(it), "requires_dist", e) != 0)
			return -1;
	}
	json_t *ex = json_object_get(info, "provides_extra");
	json_array_foreach(ex, i, it)
		if (json_is_string(it))
			add_extra(p, json_string_value(it));
	pkg_uniq_features(p);
	return 0;
}

/* The file to build from: the sdist, else nothing (distributions build
 * from source). */
static json_t *pick_file(json_t *files)
{
	size_t i;
	json_t *f;
	json_array_foreach(files, i, f) {
		const char *type = jstr(f, "packagetype"), *fn = jstr(f, "filename");
		if (type && fn && strcmp(type, "sdist") == 0 && (str_endswith(fn, ".tar.gz") || str_endswith(fn, ".zip")) &&
		    !json_is_true(json_object_get(f, "yanked")))
			return f;
	}
	return NULL;
}

/* The version in a distribution's file name: NAME-VERSION.tar.gz (sdist)
 * or NAME-VERSION-TAGS.whl; NULL if neither. */
static char *file_version(const char *fn, int *sdist)
{
	size_t n = strlen(fn);
	*sdist = str_endswith(fn, ".tar.gz") || str_endswith(fn, ".zip");
	if (*sdist) {
		char *base = xstrndup(fn, n - (str_endswith(fn, ".zip") ? 4 : 7));
		char *dash = strrchr(base, '-');
		char *v = dash ? xstrdup(dash + 1) : NULL;
		free(base);
		return v;
	}
	if (!str_endswith(fn, ".whl"))
		return NULL;
	const char *d1 = strchr(fn, '-');
	const char *d2 = d1 ? strchr(d1 + 1, '-') : NULL;
	return d2 ? xstrndup(d1 + 1, (size_t)(d2 - d1 - 1)) : NULL;
}

/* A PEP 691 Simple API page (or a per-version JSON API document) in the
 * JSON API project document's shape: info{name, version}, releases{}. */
static json_t *as_project(json_t *root)
{
	json_t *files = json_object_get(root, "files");
	json_t *urls = json_object_get(root, "urls");
	if (json_object_get(root, "releases") || (!json_is_array(files) && !json_is_array(urls)))
		return json_incref(root);
	json_t *out = json_object(), *rel = json_object();
	json_t *info = json_object_get(root, "info");
	if (json_is_array(urls)) {   /* /pypi/NAME/VERSION/json */
		json_object_set(out, "info", info);
		if (jstr(info, "version"))
			json_object_set(rel, jstr(info, "version"), urls);
	} else {                     /* PEP 691 */
		json_t *in = json_object();
		if (jstr(root, "name"))
			json_object_set_new(in, "name", json_string(jstr(root, "name")));
		json_object_set_new(out, "info", in);
		size_t i;
		json_t *f;
		json_array_foreach(files, i, f) {
			const char *fn = jstr(f, "filename");
			int sdist;
			char *v = fn ? file_version(fn, &sdist) : NULL;
			if (!v)
				continue;
			json_t *g = json_object();
			json_object_set_new(g, "filename", json_string(fn));
			json_object_set_new(g, "packagetype", json_string(sdist ? "sdist" : "bdist_wheel"));
			if (jstr(f, "url"))
				json_object_set_new(g, "url", json_string(jstr(f, "url")));
			if (jstr(f, "provenance"))   /* PEP 740 */
				json_object_set_new(g, "provenance", json_string(jstr(f, "provenance")));
			json_object_set(g, "digests", json_object_get(f, "hashes"));
			json_t *y = json_object_get(f, "yanked");
			json_object_set_new(g, "yanked", json_boolean(json_is_true(y) || json_is_string(y)));
			if (jstr(f, "upload-time"))
				json_object_set_new(g, "upload_time_iso_8601", json_string(jstr(f, "upload-time")));
			json_t *list = json_object_get(rel, v);
			if (!list) {
				list = json_array();
				json_object_set_new(rel, v, list);
			}
			json_array_append_new(list, g);
			free(v);
		}
	}
	json_object_set_new(out, "releases", rel);
	return out;
}

/* The release to take: exact asks for itself; a specifier (want) for its
 * highest match with an sdist; none for the highest final release with
 * one.  Its parsed version in *best (the caller frees it). */
static const char *pick_release(json_t *releases, const char *want, const struct pepver *exact,
				const struct pepset *spec, struct pepver *best)
{
	const char *vs, *chosen = NULL, *why;
	json_t *files;
	json_object_foreach(releases, vs, files) {
		struct pepver v;
		if (pepver_parse(vs, &v, &why) != 0)
			continue;   /* legacy versions cannot be packaged by PEP 440 rules */
		int has = pick_file(files) != NULL;
		int ok = exact ? pepver_cmp(&v, exact) == 0
		       : want ? has && pepset_test(spec, &v, &why) == 1
			      : has && !pepver_is_pre(&v);
		if (ok && (!chosen || pepver_cmp(&v, best) > 0)) {
			pepver_free(best);
			*best = v;
			chosen = vs;
		} else {
			pepver_free(&v);
		}
	}
	return chosen;
}

static int pypi_select(const char *doc, size_t len, const char *name, const char *want, struct pkg *p,
		       char **artifact, struct ferr *e)
{
	char *what = xasprintf("%s: JSON API", name);
	json_t *root = jsonmem_load_object(doc, len, 0, what, e);
	free(what);
	int rc = -1;
	struct pepver exact = {0}, best = {0};
	struct pepset spec = {0};
	const char *why;
	if (!root)
		goto out;
	json_t *shaped = as_project(root);
	json_decref(root);
	root = shaped;
	json_t *info = json_object_get(root, "info");
	const char *iname = jstr(info, "name");
	if (!iname || (why = naming_pypi_invalid(iname)) != NULL) {
		ferr_set(e, FERR_INPUT, "%s: info.name: %s", name, iname ? why : "missing");
		goto out;
	}
	char *a = pep503_name(iname), *b = pep503_name(name);
	int same = strcmp(a, b) == 0;
	free(a);
	free(b);
	if (!same) {
		ferr_set(e, FERR_INPUT, "%s: info.name: the document is about '%.100s'", name, iname);
		goto out;
	}
	int is_exact = want && pepver_parse(want, &exact, &why) == 0;
	if (want && !is_exact && pepset_parse(want, &spec, &why) != 0) {
		ferr_set(e, FERR_USAGE, "%s: '%.100s' is neither a version nor a specifier: %s", name, want, why);
		goto out;
	}
	json_t *releases = json_object_get(root, "releases");
	if (!json_is_object(releases)) {
		ferr_set(e, FERR_INPUT, "%s: JSON API: no releases", name);
		goto out;
	}
	const char *chosen = pick_release(releases, want, is_exact ? &exact : NULL, &spec, &best);
	if (!chosen) {
		ferr_set(e, FERR_INPUT, "%s: no version %s%s with an sdist", name, want ? "matching " : "", want ? want : "");
		goto out;
	}
	json_t *f = pick_file(json_object_get(releases, chosen));
	if (!f) {
		ferr_set(e, FERR_INPUT, "%s@%s: no sdist (distributions build from source)", name, chosen);
		goto out;
	}
	p->eco = "pypi";
	p->name = xstrdup(iname);
	p->version = xstrdup(chosen);
	const char *url = jstr(f, "url"), *sha = jstr(json_object_get(f, "digests"), "sha256");
	const char *fn = jstr(f, "filename");
	if (!url || !sha || strlen(sha) != 64 || strspn(sha, "0123456789abcdefABCDEF") != 64) {
		ferr_set(e, FERR_INPUT, "%s@%s: %s: url and digests.sha256 are required", name, chosen, fn ? fn : "file");
		goto out;
	}
	p->cksum = xstrdup(sha);
	set(&p->publish_time, jstr(f, "upload_time_iso_8601"));
	set(&p->attestations, jstr(f, "provenance"));   /* PEP 740's provenance URL */
	set(&p->source_file, fn);   /* the attestations' subject (pkgfetch names it again from the URL) */
	/* the project document's info describes its newest version only */
	const char *iv = jstr(info, "version");
	struct pepver ivv;
	int describes = 0;
	if (iv && pepver_parse(iv, &ivv, &why) == 0) {
		describes = pepver_cmp(&ivv, &best) == 0;
		pepver_free(&ivv);
	}
	p->partial = !describes;
	if (describes) {
		if (read_info(info, p, e) != 0)
			goto out;
	} else {
		set(&p->description, "");
		set(&p->license, "");
		set(&p->homepage, "");
		set(&p->repository, "");
		set(&p->author, "");
		set(&p->requires_python, "");
	}
	*artifact = xstrdup(url);
	rc = 0;
out:
	json_decref(root);
	pepver_free(&exact);
	pepver_free(&best);
	pepset_free(&spec);
	return rc;
}

static int pypi_want(const char *path, void *ctx)
{
	(void)ctx;
	return strcmp(path, "PKG-INFO") == 0 || strcmp(path, "pyproject.toml") == 0 || strcmp(path, "setup.py") == 0 ||
	       contents_is_license(path);
}

/* ---- core metadata (PKG-INFO) ------------------------------------------ */

struct field {
	char *key, *value;
};

/* RFC 822 headers up to the first blank line; continuation lines join.
 * Linear in len: a value grows in a buffer while its continuation lines
 * come, and the list by doubling. */
static size_t headers(const char *s, size_t len, struct field **out)
{
	size_t n = 0, cap = 0;
	struct field *v = NULL;
	struct buf val = {0};
	const char *p = s, *end = s + len;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t l = nl ? (size_t)(nl - p) : (size_t)(end - p);
		if (l && p[l - 1] == '\r')
			l--;
		if (l == 0)
			break;
		if ((*p == ' ' || *p == '\t') && n) {
			buf_addc(&val, '\n');
			buf_add(&val, p, strnlen(p, l));   /* as C strings: up to a NUL */
		} else {
			const char *colon = memchr(p, ':', l);
			if (colon) {
				if (n)
					v[n - 1].value = buf_steal(&val);
				if (n == cap) {
					cap = cap ? 2 * cap : 16;
					v = xrealloc(v, cap * sizeof *v);
				}
				v[n].key = xstrndup(p, (size_t)(colon - p));
				const char *val0 = colon + 1;
				while (val0 < p + l && (*val0 == ' ' || *val0 == '\t'))
					val0++;
				v[n].value = NULL;
				buf_add(&val, val0, strnlen(val0, (size_t)(p + l - val0)));
				n++;
			}
		}
		p = nl ? nl + 1 : end;
	}
	if (n)
		v[n - 1].value = buf_steal(&val);
	buf_free(&val);
	*out = v;
	return n;
}

static void fields_free(struct field *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(v[i].key);
		free(v[i].value);
	}
	free(v);
}

static const char *field(const struct field *v, size_t n, const char *key)
{
	for (size_t i = 0; i < n; i++)
		if (strcasecmp(v[i].key, key) == 0)
			return v[i].value;
	return NULL;
}

static int read_pkginfo(const struct pkgfile *pf, struct pkg *p, int *has_reqs, struct ferr *e)
{
	struct field *v;
	size_t n = headers(pf->data, pf->len, &v);
	int rc = -1;
	const char *name = field(v, n, "Name"), *ver = field(v, n, "Version");
	char *a = pep503_name(name ? name : ""), *b = pep503_name(p->name);
	struct pepver x, y;
	const char *why;
	int same = 0;
	if (name && ver && strcmp(a, b) == 0 && pepver_parse(ver, &x, &why) == 0) {
		if (pepver_parse(p->version, &y, &why) == 0) {
			same = pepver_cmp(&x, &y) == 0;
			pepver_free(&y);
		}
		pepver_free(&x);
	}
	free(a);
	free(b);
	if (!same) {
		ferr_set(e, FERR_INPUT, "%s@%s: PKG-INFO: describes %.80s %.80s, not the version asked for", p->name,
			 p->version, name ? name : "(none)", ver ? ver : "(none)");
		goto out;
	}
	const char *s;
	if ((s = field(v, n, "Summary")) && *s)
		set(&p->description, s);
	if ((s = field(v, n, "License-Expression")) && *s)
		set(&p->license, s);
	else if ((s = field(v, n, "License")) && *s && !strchr(s, '\n') && strlen(s) < 200)
		set(&p->license, s);
	if ((s = field(v, n, "Home-page")) && *s)
		set(&p->homepage, s);
	if ((s = field(v, n, "Author")) && *s)
		set(&p->author, s);
	if ((s = field(v, n, "Requires-Python")) && *s)
		set(&p->requires_python, s);
	*has_reqs = 0;
	for (size_t i = 0; i < n; i++)
		if (strcasecmp(v[i].key, "Requires-Dist") == 0)
			*has_reqs = 1;
	if (*has_reqs) {
		clear_deps(p);
		for (size_t i = 0; i < n; i++)
			if (strcasecmp(v[i].key, "Requires-Dist") == 0 && add_req(p, v[i].value, "PKG-INFO Requires-Dist", e) != 0)
				goto out;
	}
	for (size_t i = 0; i < n; i++)
		if (strcasecmp(v[i].key, "Provides-Extra") == 0)
			add_extra(p, v[i].value);
	rc = 0;
out:
	fields_free(v, n);
	return rc;
}

/* ---- pyproject.toml ------------------------------------------------------ */

static int read_pyproject(const struct pkgfile *pf, struct pkg *p, int has_reqs, struct ferr *e)
{
	char err[256];
	struct toml *t = toml_parse(pf->data, pf->len, err, sizeof err);
	if (!t)
		return ferr_set(e, FERR_INPUT, "%s@%s: pyproject.toml: %s", p->name, p->version, err);
	const struct toml *bs = toml_get(t, "build-system");
	const char *backend = toml_str(bs, "build-backend");
	set(&p->build_backend, backend);
	const struct toml *req = toml_get(bs, "requires");
	for (size_t i = 0; i < toml_len(req); i++) {
		size_t n;
		const char *r = toml_string(toml_at(req, i), &n);
		if (r && strlen(r) == n)
			strv_add(&p->build_requires, r);
	}
	const struct toml *proj = toml_get(t, "project");
	if (!*p->description && toml_str(proj, "description"))
		set(&p->description, toml_str(proj, "description"));
	int dynamic_deps = 0;
	const struct toml *dyn = toml_get(proj, "dynamic");
	for (size_t i = 0; i < toml_len(dyn); i++) {
		size_t n;
		const char *d = toml_string(toml_at(dyn, i), &n);
		if (d && (strcmp(d, "dependencies") == 0 || strcmp(d, "optional-dependencies") == 0))
			dynamic_deps = 1;
	}
	int rc = 0;
	const struct toml *deps = toml_get(proj, "dependencies");
	if (!has_reqs && !dynamic_deps && proj && (deps || toml_get(proj, "optional-dependencies"))) {
		clear_deps(p);
		for (size_t i = 0; i < toml_len(deps) && !rc; i++) {
			size_t n;
			const char *r = toml_string(toml_at(deps, i), &n);
			if (r && strlen(r) == n)
				rc = add_req(p, r, "pyproject dependencies", e);
		}
		const struct toml *opt = toml_get(proj, "optional-dependencies");
		for (size_t i = 0; i < toml_len(opt) && !rc; i++) {
			const char *extra = toml_key(opt, i, NULL);
			if (!extra || naming_pypi_invalid(extra))
				continue;
			add_extra(p, extra);
			const struct toml *list = toml_at(opt, i);
			for (size_t k = 0; k < toml_len(list) && !rc; k++) {
				size_t n;
				const char *r = toml_string(toml_at(list, k), &n);
				if (!r || strlen(r) != n)
					continue;
				/* as core metadata writes it: the extra becomes a marker */
				const char *semi = strchr(r, ';');
				char *line = semi ? xasprintf("%.*s; (%s) and extra == \"%s\"", (int)(semi - r), r, semi + 1, extra)
						  : xasprintf("%s; extra == \"%s\"", r, extra);
				rc = add_req(p, line, "pyproject optional-dependencies", e);
				free(line);
			}
		}
	}
	toml_free(t);
	return rc;
}

/* top-level import names: packages (X/__init__.py, src/X/__init__.py) and
 * modules (X.py) that are not build or test scaffolding */
static void modules(const struct pkgfiles *f, struct pkg *p)
{
	static const char *const skip[] = {"setup", "conftest", "noxfile", "tasks", "tests", "test", "docs"};
	for (size_t i = 0; i < f->n; i++) {
		const char *path = f->v[i].path;
		const char *rel = str_startswith(path, "src/") ? path + 4 : path;
		const char *slash = strchr(rel, '/');
		char *name = NULL;
		if (slash && strcmp(slash, "/__init__.py") == 0)
			name = xstrndup(rel, (size_t)(slash - rel));
		else if (!strchr(path, '/') && str_endswith(path, ".py"))
			name = xstrndup(path, strlen(path) - 3);
		if (!name)
			continue;
		int bad = !contents_plain_name(name) || strchr(name, '.') || strchr(name, '-');
		for (size_t k = 0; k < sizeof skip / sizeof skip[0] && !bad; k++)
			bad = strcmp(name, skip[k]) == 0;
		if (!bad)
			strv_add(&p->modules, name);
		free(name);
	}
}

static int contains(const char *s, size_t n, const char *needle)
{
	size_t k = strlen(needle);
	for (size_t i = 0; i + k <= n; i++)
		if (memcmp(s + i, needle, k) == 0)
			return 1;
	return 0;
}

static int pypi_read(const struct pkgfiles *f, struct pkg *p, struct ferr *e)
{
	const struct pkgfile *pi = pkgfiles_find(f, "PKG-INFO");
	const struct pkgfile *pp = pkgfiles_find(f, "pyproject.toml");
	if (pi && pi->type == 'f' && !pi->data)
		return ferr_set(e, FERR_INPUT, "%s@%s: PKG-INFO: %zu bytes, more than the archive reader keeps of a file",
				p->name, p->version, pi->size);
	if (!pi || !pi->data)
		return ferr_set(e, FERR_INPUT, "%s@%s: sdist: no PKG-INFO at its root", p->name, p->version);
	int has_reqs = 0;
	set(&p->build_backend, "");
	if (read_pkginfo(pi, p, &has_reqs, e) != 0)
		return -1;
	if (pp && pp->data && read_pyproject(pp, p, has_reqs, e) != 0)
		return -1;
	const struct pkgfile *setup = pkgfiles_find(f, "setup.py");
	if (setup) {
		strv_add(&p->hooks, "setup.py runs when the package builds");
		strv_add(&p->hook_files, "setup.py");
	}
	if (!*p->build_backend && setup) {
		set(&p->build_backend, "setuptools.build_meta:__legacy__");
		strv_add(&p->build_requires, "setuptools");
	}
	if (setup && setup->data && contains(setup->data, setup->len, "ext_modules"))
		strv_add(&p->native, "setup.py declares ext_modules");
	for (size_t i = 0; i < f->n; i++) {
		const char *path = f->v[i].path;
		if (f->v[i].type == 'f' && (str_endswith(path, ".c") || str_endswith(path, ".cpp") || str_endswith(path, ".pyx") ||
					   str_endswith(path, ".rs")))
			strv_push(&p->native, xasprintf("compiled sources: %s", path));
		if (f->v[i].type == 'f' && (str_endswith(path, ".so") || str_endswith(path, ".pyd")))
			strv_push(&p->notes, xasprintf("prebuilt binary in the sdist: %s", path));
	}
	pkg_uniq_features(p);
	modules(f, p);
	contents_scan(f, p);
	if (!*p->license)
		strv_add(&p->notes, "no license named in the metadata");
	pkg_sort(p);
	return 0;
}

/* a release's time: its earliest file's upload; yanked when every file is */
static void release_history(const char *version, json_t *files, struct history *h)
{
	const char *first = NULL;
	int yanked = json_array_size(files) > 0;
	size_t i;
	json_t *f;
	json_array_foreach(files, i, f) {
		const char *t = jstr(f, "upload_time_iso_8601");
		if (!t)
			t = jstr(f, "upload_time");
		if (t && (!first || strcmp(t, first) < 0))
			first = t;
		if (!json_is_true(json_object_get(f, "yanked")))
			yanked = 0;
	}
	history_add(h, version, first, yanked, NULL);
}

/* A project document's releases, the JSON API's or the Simple API's (as
 * select shapes them); a release document lists only itself. */
static int pypi_history(const char *doc, size_t len, const char *name, struct history *h, struct ferr *e)
{
	char *what = xasprintf("%s: registry metadata", name);
	json_t *root = jsonmem_load_object(doc, len, 0, what, e);
	free(what);
	if (!root)
		return -1;
	json_t *shaped = as_project(root);   /* a Simple API page reads as select reads it */
	json_decref(root);
	root = shaped;
	json_t *rel = json_object_get(root, "releases");
	const char *k;
	json_t *files;
	json_object_foreach(rel, k, files)
		release_history(k, files, h);
	if (!json_is_object(rel)) {
		json_t *info = json_object_get(root, "info");
		const char *v = jstr(info, "version");
		if (v)
			history_add(h, v, NULL, json_is_true(json_object_get(info, "yanked")), NULL);
	}
	json_decref(root);
	return 0;
}

/* Requires-Dist whose markers hold on the family's Python: base, the
 * unconditional ones; a feature, those its extra switches on; test, those
 * of the test/tests/testing extras.  Where the family ships extras as
 * packages of their own (Fedora's python3-X+E), a requirement's extras
 * are needs too. */
static int pypi_needs(const struct pkg *p, enum unit_kind k, const char *feature, const struct family *f, int optional,
		      reader_need_fn need, void *ctx, struct strv *self, struct ferr *e)
{
	(void)optional, (void)self;
	static const char *const tests[] = {"test", "tests", "testing"};
	for (size_t i = 0; i < p->ndeps; i++) {
		const struct dep *d = &p->deps[i];
		struct strv ex = {0};
		int a = pydist_applies(p, d, f, &ex, e);
		int use = 0;
		if (a < 0) {
			strv_free(&ex);
			return -1;
		}
		if (k == UNIT_BASE)
			use = a == 1;
		else if (k == UNIT_FEATURE)
			use = a == 0 && strv_has(&ex, feature);
		else
			for (size_t x = 0; x < 3; x++)
				use |= a == 0 && strv_has(&ex, tests[x]);
		strv_free(&ex);
		if (!use)
			continue;
		need(ctx, d->name, NULL, d->range, k == UNIT_TEST ? DEP_DEV : DEP_RUNTIME);
		char *cap = f->extras_packages ? pydist_cap(d) : NULL;
		char *br = cap ? strchr(cap, '[') : NULL;
		if (br) {
			char *save = NULL;
			br[strlen(br) - 1] = '\0';
			for (char *x = strtok_r(br + 1, ",", &save); x; x = strtok_r(NULL, ",", &save))
				need(ctx, d->name, x, d->range, DEP_RUNTIME);
		}
		free(cap);
	}
	return 0;
}

/* the extras declared, and those only markers name (extra == "x") */
static void pypi_features(const struct pkg *p, struct strv *out)
{
	for (size_t i = 0; i < p->nfeatures; i++)
		strv_add(out, p->features[i].name);
	for (size_t i = 0; i < p->ndeps; i++)
		if (p->deps[i].extra)
			strv_add(out, p->deps[i].extra);
}

static int pypi_provenance_check(const char *doc, size_t len, const char *from, const struct sigroot *root,
				 const struct registry_doc *keys, const struct pkg *p, struct provenance **out,
				 struct ferr *e)
{
	(void)keys;   /* PyPI's attestations are keyless */
	return pypiprov_check(doc, len, from, root, p, out, e);
}

const struct reader pypi_reader = {
	.eco = "pypi",
	.select = pypi_select,
	.want = pypi_want,
	.read = pypi_read,
	.history = pypi_history,
	.needs = pypi_needs,
	.features = pypi_features,
	.provenance_check = pypi_provenance_check,
	.pack = packrules_pypi,
	.pack_generated = packrules_pypi_generated,
};
