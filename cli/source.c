/* The ecosystems' registries behind struct source. */
#include "source.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "../core/date.h"
#include "../core/naming.h"
#include "../core/util.h"
#include "../fetch/cargocfg.h"
#include "../fetch/archive.h"
#include "../fetch/cratesurl.h"
#include "../fetch/digest.h"
#include "../fetch/http.h"
#include "../fetch/npmrc.h"
#include "../fetch/npmurl.h"
#include "../fetch/pipcfg.h"

#define MAX_CONFIG (1u << 20)
#define MAX_NPM_DOC ((size_t)128 << 20)     /* a packument */
#define MAX_CRATE_DOC ((size_t)32 << 20)    /* an index file */
#define MAX_PYPI_DOC ((size_t)64 << 20)     /* a JSON API or Simple API document */
#define MAX_TARBALL (256u << 20)

/* ---- npm ---------------------------------------------------------------- */

static char *npm_registry(const char *flag, const char *name, struct ferr *e)
{
	return npmrc_registry(flag, name, e);
}

static char *npm_artifact(const char *registry, const char *doc_url, const struct pkg *p, const char *ref,
			  int rewrite, struct ferr *e)
{
	char *u = npmurl_tarball(registry, doc_url, p->name, ref, rewrite);
	if (!u)
		ferr_set(e, FERR_INPUT, "%s@%s: dist.tarball: '%.200s' is not an http(s) URL, or a file URL from a file registry",
			 p->name, p->version, ref);
	return u;
}

static int npm_check(const void *data, size_t len, const struct pkg *p, const char *what, struct ferr *e)
{
	return digest_check_npm(data, len, p->integrity, p->shasum, what, e);
}

static char *npm_file(const struct pkg *p)
{
	const char *slash = strchr(p->name, '/');
	return xasprintf("%s-%s.tgz", slash ? slash + 1 : p->name, p->version);
}

/* ---- crates.io ---------------------------------------------------------- */

static char *crate_registry(const char *flag, const char *name, struct ferr *e)
{
	(void)name;
	return cargocfg_registry(flag, e);
}

static char *crate_doc(const char *registry, const char *name)
{
	char *path = cratesurl_index_path(name);
	char *u = xasprintf("%s%s", registry, path);
	free(path);
	return u;
}

/* config.json's "dl" template, fetched once per import */
static char *crate_artifact(const char *registry, const char *doc_url, const struct pkg *p, const char *ref,
			    int rewrite, struct ferr *e)
{
	(void)doc_url, (void)ref, (void)rewrite;
	char *cfg_url = xasprintf("%sconfig.json", registry), *body = NULL, *url = NULL;
	char *what = xasprintf("%s: index config.json", p->name);
	size_t len;
	if (http_get_as(cfg_url, NULL, HTTP_CACHED, MAX_CONFIG, what, &body, &len, e) == 0) {
		json_error_t err;
		json_t *cfg = json_loadb(body, len, 0, &err);
		json_t *dl = json_object_get(cfg, "dl");
		if (!json_is_string(dl))
			ferr_set(e, FERR_INPUT, "%s: config.json: no \"dl\" download template", p->name);
		else if (!(url = cratesurl_download(registry, json_string_value(dl), p->name, p->version, p->cksum)))
			ferr_set(e, FERR_INPUT, "%s: config.json: dl '%.200s' is no URL", p->name, json_string_value(dl));
		else if (!url_artifact_allowed(registry, url)) {
			ferr_set(e, FERR_INPUT, "%s: config.json: dl '%.200s' is not an http(s) URL, or a file URL from a file index",
				 p->name, json_string_value(dl));
			free(url);
			url = NULL;
		}
		json_decref(cfg);
	}
	free(cfg_url), free(body), free(what);
	return url;
}

static int sha256_check(const void *data, size_t len, const struct pkg *p, const char *what, struct ferr *e)
{
	return digest_check_sha256(data, len, p->cksum, what, e);
}

static char *crate_file(const struct pkg *p)
{
	return xasprintf("%s-%s.crate", p->name, p->version);
}

/* ---- PyPI ---------------------------------------------------------------- */

static char *pypi_registry(const char *flag, const char *name, struct ferr *e)
{
	(void)name;
	return pipcfg_registry(flag, e);
}

static char *pypi_doc(const char *registry, const char *name)
{
	return xasprintf("%spypi/%s/json", registry, name);   /* names checked: [A-Za-z0-9._-] */
}

/* the release document: info (with requires_dist) of that version */
static char *pypi_version_doc(const char *registry, const char *name, const char *version)
{
	return xasprintf("%spypi/%s/%s/json", registry, name, version);   /* version: PEP 440, checked */
}

/* the file's URL, resolved against the document; an http(s) index may not
 * send ferry to a local file */
/* PEP 691: the Simple API in JSON, for indexes without the JSON API; a
 * file:// index keeps it as simple/NAME/index.json */
static char *pypi_simple(const char *registry, const char *name)
{
	char *scheme = url_scheme(registry);
	int file = scheme && strcmp(scheme, "file") == 0;
	free(scheme);
	return xasprintf("%ssimple/%s/%s", registry, name, file ? "index.json" : "");
}

static char *pypi_artifact(const char *registry, const char *doc_url, const struct pkg *p, const char *ref,
			   int rewrite, struct ferr *e)
{
	(void)rewrite;
	char *u = url_resolve(doc_url, ref);
	if (!u || !url_artifact_allowed(registry, u)) {
		ferr_set(e, FERR_INPUT, "%s %s: url: '%.200s' is not an http(s) URL, or a file URL from a file index",
			 p->name, p->version, ref);
		free(u);
		return NULL;
	}
	return u;
}

static char *pypi_file(const struct pkg *p)
{
	return xasprintf("%s-%s.tar.gz", p->name, p->version);
}

static const struct source sources[] = {
	{"npm", &npm_reader, naming_npm_invalid, npm_registry, npmurl_packument, NULL, NULL, NULL, npm_artifact,
	 npm_check, npm_file, MAX_NPM_DOC},
	{"crate", &crates_reader, naming_crate_invalid, crate_registry, crate_doc, NULL, NULL, NULL, crate_artifact,
	 sha256_check, crate_file, MAX_CRATE_DOC},
	{"pypi", &pypi_reader, naming_pypi_invalid, pypi_registry, pypi_doc, pypi_simple,
	 "application/vnd.pypi.simple.v1+json", pypi_version_doc, pypi_artifact, sha256_check, pypi_file,
	 MAX_PYPI_DOC},
};

const struct source *source_find(const char *eco)
{
	for (size_t i = 0; i < sizeof sources / sizeof sources[0]; i++)
		if (strcmp(sources[i].eco, eco) == 0)
			return &sources[i];
	return NULL;
}

/* The artifact's file name: the last path segment when it is a plain
 * name, else the ecosystem's NAME-VERSION file name. */
static char *artifact_name(const struct source *src, const char *url, const struct pkg *p)
{
	char *path = url_path(url);
	const char *base = path ? strrchr(path, '/') : NULL;
	base = base ? base + 1 : "";
	int plain = *base && *base != '.';
	for (const char *c = base; *c; c++)
		if (!strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._+-", *c))
			plain = 0;
	char *s;
	if (plain && strcmp(base, "download") != 0)
		s = xstrdup(base);
	else
		s = src->artifact_name(p);
	free(path);
	return s;
}

void fetched_free(struct fetched *f)
{
	free(f->doc), free(f->doc_url), free(f->artifact), free(f->artifact_url);
	pkgfiles_free(&f->files);
	memset(f, 0, sizeof *f);
}

/* "NAME@VERSION: tarball" (.crate, sdist) for messages; caller frees. */
static char *source_what(const struct source *src, const struct pkg *p)
{
	return xasprintf("%s@%s: %s", p->name, p->version,
			 strcmp(src->eco, "crate") == 0 ? ".crate" : strcmp(src->eco, "pypi") == 0 ? "sdist" : "tarball");
}

int source_fetch_artifact(const struct source *src, const char *registry, const char *name, const char *want,
			  int rewrite, struct pkg *p, struct fetched *out, struct ferr *e)
{
	const struct reader *rd = src->reader;
	char *purl = src->doc_url(registry, name);
	char *doc = NULL, *ref = NULL, *what = NULL;
	size_t len = 0;
	int rc = -1;
	what = xasprintf("%s: %s", name, strcmp(src->eco, "npm") == 0 ? "packument" : "registry metadata");
	int got = http_get_as(purl, NULL, HTTP_CACHED, src->max_doc, what, &doc, &len, e);
	if (got != 0 && e->kind == FERR_MISSING && src->fallback_url) {
		/* the index may offer only its other API: asked only when the
		 * first is not there (a timeout is no reason to ask elsewhere) */
		struct ferr first = *e;
		ferr_clear(e);
		free(purl);
		purl = src->fallback_url(registry, name);
		got = http_get_as(purl, src->fallback_accept, HTTP_CACHED, src->max_doc, what, &doc, &len, e);
		if (got != 0 && e->kind == FERR_MISSING)
			*e = first;   /* neither has it: say so of the first */
	}
	if (got != 0) {
		if (e->kind == FERR_MISSING) {   /* not a failure of the network: the registry says no */
			struct ferr first = *e;
			size_t wl = strlen(what);
			const char *detail = strncmp(first.msg, what, wl) == 0 && first.msg[wl] == ':' ? first.msg + wl + 2 : first.msg;
			ferr_clear(e);
			ferr_set(e, FERR_MISSING, "%s: not in the registry: %s", name, detail);
		}
		goto out;
	}
	if (rd->select(doc, len, name, want, p, &ref, e) != 0)
		goto out;
	out->artifact_url = src->artifact_url(registry, purl, p, ref, rewrite, e);
	if (!out->artifact_url)
		goto out;
	free(what);
	what = source_what(src, p);
	if (http_get(out->artifact_url, MAX_TARBALL, what, &out->artifact, &out->artifact_len, e) != 0)
		goto out;
	if (src->check(out->artifact, out->artifact_len, p, what, e) != 0)
		goto out;
	rc = 0;
out:
	out->doc = doc, out->doc_len = doc ? len : 0;
	out->doc_url = purl;
	free(ref), free(what);
	return rc;
}

int source_fetch(const struct source *src, const char *registry, const char *name, const char *want, int rewrite,
		 archive_want_fn keep, struct pkg *p, struct fetched *out, struct ferr *e)
{
	const struct reader *rd = src->reader;
	if (source_fetch_artifact(src, registry, name, want, rewrite, p, out, e) != 0)
		return -1;
	char *what = source_what(src, p);
	int rc = -1;
	struct pkgfiles *files = &out->files;
	p->sha512 = digest_hex(DIGEST_SHA512, out->artifact, out->artifact_len);
	p->source_size = out->artifact_len;
	p->source_url = xstrdup(out->artifact_url);
	p->source_file = artifact_name(src, out->artifact_url, p);
	if (archive_read(out->artifact, out->artifact_len, &archive_default_limits, keep, NULL, what, files, e) != 0)
		goto out;
	if (!files->root || !*files->root ||
	    strspn(files->root, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._+-") != strlen(files->root)) {
		ferr_set(e, FERR_INPUT, "%s: top folder '%.100s' is not a plain name", what, files->root ? files->root : "");
		goto out;
	}
	p->source_root = xstrdup(files->root);
	if (rd->read(files, p, e) != 0)
		goto out;
	/* crates.io's index (before pubtime) and Simple API pages carry no
	 * date: the artifact's newest file time is the next best upstream one */
	if ((!p->publish_time || !*p->publish_time) && files->newest > 0) {
		free(p->publish_time);
		p->publish_time = date_iso(files->newest);
	}
	rc = 0;
out:
	free(what);
	return rc;
}

const char *source_names(void)
{
	return "npm, crate, pypi";
}
