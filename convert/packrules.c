/* What each ecosystem's pack step ships of a source tree (packrules.h). */
#include "packrules.h"

#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "jsonmem.h"
#include "../core/toml.h"
#include "../core/util.h"

int packrules_match(const char *pattern, const char *path)
{
	char *p = xstrdup(pattern[0] == '/' ? pattern + 1 : pattern);
	size_t n = strlen(p);
	while (n && p[n - 1] == '/')
		p[--n] = 0;
	int hit = 0;
	if (!*p) {
		free(p);
		return 0;
	}
	if (strchr(p, '/')) {   /* from the top: the path, or a folder of it */
		hit = fnmatch(p, path, FNM_PATHNAME) == 0;
		for (const char *s = path; !hit && (s = strchr(s, '/')); s++) {
			char *head = xstrndup(path, (size_t)(s - path));
			hit = fnmatch(p, head, FNM_PATHNAME) == 0;
			free(head);
		}
	} else {                /* a name at any depth: any component */
		const char *c = path;
		while (!hit && c) {
			const char *slash = strchr(c, '/');
			char *part = slash ? xstrndup(c, (size_t)(slash - c)) : xstrdup(c);
			hit = fnmatch(p, part, 0) == 0;
			free(part);
			c = slash ? slash + 1 : NULL;
		}
	}
	free(p);
	return hit;
}

/* patterns (one a line, # comments, ! negations) decide: 1 excluded */
static int ignored(const struct strv *pats, const char *path)
{
	int out = 0;
	for (size_t i = 0; i < pats->n; i++) {
		const char *p = pats->v[i];
		if (*p == '!' ? packrules_match(p + 1, path) : packrules_match(p, path))
			out = *p != '!';
	}
	return out;
}

static void lines_of(const struct pkgfile *f, struct strv *out)
{
	if (!f || !f->data)
		return;
	const char *s = f->data, *end = f->data + f->len;
	while (s < end) {
		const char *nl = memchr(s, '\n', (size_t)(end - s));
		size_t n = nl ? (size_t)(nl - s) : (size_t)(end - s);
		while (n && (s[n - 1] == '\r' || s[n - 1] == ' ' || s[n - 1] == '\t'))
			n--;
		if (n && *s != '#')
			strv_push(out, xstrndup(s, n));
		s += n;
		while (s < end && *s != '\n')
			s++;
		s++;
	}
}

static const struct pkgfile *file(const struct pkgfiles *src, const char *path)
{
	for (size_t i = 0; i < src->n; i++)
		if (src->v[i].type == 'f' && strcmp(src->v[i].path, path) == 0)
			return &src->v[i];
	return NULL;
}

/* the files of src that want() takes, minus excluded patterns */
static void select_files(const struct pkgfiles *src, const struct strv *include, const struct strv *exclude,
			 const struct strv *never, int (*always)(const char *, void *), void *ctx, struct strv *out)
{
	for (size_t i = 0; i < src->n; i++) {
		const struct pkgfile *f = &src->v[i];
		if (f->type != 'f' && f->type != 'l')
			continue;
		int in = always && always(f->path, ctx);
		if (!in)
			in = include && include->n ? ignored(include, f->path) : !ignored(exclude, f->path);
		if (in && !ignored(never, f->path))
			strv_add(out, f->path);
	}
	strv_sort(out);
}

static const char *const npm_never[] = {".git", "CVS", ".svn", ".hg", "node_modules", ".npmrc", ".DS_Store",
					"npm-debug.log", "._*", "*.orig", "/package-lock.json", ".lock-wscript",
					"config.gypi", ".wafpickle-*"};

static int npm_always(const char *path, void *ctx)
{
	const char *main = ctx;
	if (strchr(path, '/'))
		return main && strcmp(path, main) == 0;
	return strcmp(path, "package.json") == 0 || strncasecmp(path, "readme", 6) == 0 ||
	       strncasecmp(path, "license", 7) == 0 || strncasecmp(path, "licence", 7) == 0 ||
	       (main && strcmp(path, main) == 0);
}

int packrules_npm(const struct pkgfiles *src, struct strv *out, struct ferr *e)
{
	const struct pkgfile *pj = file(src, "package.json");
	if (!pj || !pj->data)
		return ferr_set(e, FERR_INPUT, "source: no package.json at the package's folder");
	json_t *m = jsonmem_load_object(pj->data, pj->len, 0, "source package.json", e);
	if (!m)
		return -1;
	struct strv include = {0}, exclude = {0}, never = {0};
	json_t *files = json_object_get(m, "files");
	size_t i;
	json_t *it;
	json_array_foreach(files, i, it)
		if (json_is_string(it))
			strv_add(&include, json_string_value(it));
	if (json_is_array(files) && !include.n)
		strv_add(&include, "\x01none");   /* "files": [] ships only what is always shipped */
	const struct pkgfile *ign = file(src, ".npmignore");
	lines_of(ign ? ign : file(src, ".gitignore"), &exclude);
	for (i = 0; i < sizeof npm_never / sizeof npm_never[0]; i++)
		strv_add(&never, npm_never[i]);
	const char *main = json_string_value(json_object_get(m, "main"));
	char *mainpath = main ? xstrdup(main[0] == '.' && main[1] == '/' ? main + 2 : main) : xstrdup("index.js");
	select_files(src, &include, &exclude, &never, npm_always, mainpath, out);
	free(mainpath);
	strv_free(&include), strv_free(&exclude), strv_free(&never);
	json_decref(m);
	return 0;
}

int packrules_npm_generated(const char *path)
{
	(void)path;
	return 0;   /* npm pack ships package.json as it is */
}

/* a TOML list of strings into out */
static void toml_strings(const struct toml *list, struct strv *out)
{
	for (size_t i = 0; i < toml_len(list); i++) {
		size_t n;
		const char *s = toml_string(toml_at(list, i), &n);
		if (s && strlen(s) == n)
			strv_add(out, s);
	}
}

int packrules_crate(const struct pkgfiles *src, struct strv *out, struct ferr *e)
{
	const struct pkgfile *ct = file(src, "Cargo.toml");
	if (!ct || !ct->data)
		return ferr_set(e, FERR_INPUT, "source: no Cargo.toml at the crate's folder");
	char err[200];
	struct toml *doc = toml_parse(ct->data, ct->len, err, sizeof err);
	if (!doc)
		return ferr_set(e, FERR_INPUT, "source Cargo.toml: %s", err);
	struct strv include = {0}, exclude = {0}, never = {0};
	const struct toml *pkg = toml_get(doc, "package");
	toml_strings(toml_get(pkg, "include"), &include);
	toml_strings(toml_get(pkg, "exclude"), &exclude);
	strv_add(&never, "/target");
	strv_add(&never, ".git");
	select_files(src, &include, &exclude, &never, NULL, NULL, out);
	strv_free(&include), strv_free(&exclude), strv_free(&never);
	toml_free(doc);
	return 0;
}

int packrules_crate_generated(const char *path)
{
	return strcmp(path, "Cargo.toml") == 0 || strcmp(path, ".cargo_vcs_info.json") == 0 ||
	       strcmp(path, "Cargo.lock") == 0;
}

const char *packrules_crate_copy_of(const char *path)
{
	return strcmp(path, "Cargo.toml.orig") == 0 ? "Cargo.toml" : NULL;
}

int packrules_pypi(const struct pkgfiles *src, struct strv *out, struct ferr *e)
{
	(void)e;
	struct strv never = {0};
	strv_add(&never, ".git");
	select_files(src, NULL, &never, &never, NULL, NULL, out);
	strv_free(&never);
	return 0;
}

int packrules_pypi_generated(const char *path)
{
	const char *slash = strchr(path, '/');
	size_t n = slash ? (size_t)(slash - path) : strlen(path);
	return strcmp(path, "PKG-INFO") == 0 || strcmp(path, "setup.cfg") == 0 ||
	       (n > 9 && strncmp(path + n - 9, ".egg-info", 9) == 0);
}
